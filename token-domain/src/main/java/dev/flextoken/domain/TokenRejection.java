package dev.flextoken.domain;

/**
 * Why a token does not validate, with the error code the validation contract reports for it.
 */
public enum TokenRejection {
    /** Not a compact JWE of five base64url parts, or a header or payload that does not parse. */
    MALFORMED(20101, "The token is malformed"),
    /** The header names a key the key set does not hold. */
    UNKNOWN_KEY(20101, "The token was not issued with a known key"),
    /** The header names an algorithm outside the allow-list, or another than its key's. */
    ALGORITHM_NOT_ALLOWED(20101, "The token uses an algorithm that is not accepted"),
    /** Decryption or its integrity check failed: the token was tampered with or sealed elsewhere. */
    UNDECRYPTABLE(20101, "The token could not be decrypted"),
    /** The header's {@code typ} is not {@code flex-user+jwt}. */
    WRONG_TYPE(20101, "The token is not a Flex user token"),
    /** The claims name another issuer. */
    WRONG_ISSUER(20101, "The token was issued by another issuer"),
    /** The audience does not match the instance of the token info, or the instance is unknown. */
    WRONG_AUDIENCE(20101, "The token is for another audience"),
    /** The token belongs to another account than the one asking. */
    WRONG_ACCOUNT(20101, "The token belongs to another account"),
    /** The user was deprovisioned after the token was issued, or no longer exists. */
    REVOKED(20101, "The token has been revoked"),
    /** The token's {@code exp} has passed, beyond the allowed clock skew. */
    EXPIRED(20104, "The token has expired"),
    /** The token's {@code nbf} lies ahead, beyond the allowed clock skew. */
    NOT_YET_VALID(20105, "The token is not yet valid");

    private final int code;
    private final String message;

    TokenRejection(int code, String message) {
        this.code = code;
        this.message = message;
    }

    /** @return the error code of the validation contract: 20101, 20104 or 20105 */
    public int code() {
        return code;
    }

    /** @return a sentence for the caller; it never carries any part of the token */
    public String message() {
        return message;
    }
}
