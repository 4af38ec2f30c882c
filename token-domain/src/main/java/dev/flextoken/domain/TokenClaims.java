package dev.flextoken.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * The claims a token carries (RFC 7519 §4.1 plus the {@link TokenInfo} fields).
 *
 * <p>{@code sub}, {@code aud} and {@code exp} are not stored twice: they are the token info's user,
 * instance and expiration, so the two can never disagree.
 *
 * @param issuer    {@code iss}: who issued the token
 * @param issuedAt  {@code iat}, in whole seconds
 * @param notBefore {@code nbf}, in whole seconds
 * @param tokenId   {@code jti}: 128 random bits, as 32 lower-case hex digits
 * @param tokenInfo the user's token info; {@code exp} is its expiration
 */
public record TokenClaims(String issuer, Instant issuedAt, Instant notBefore, String tokenId, TokenInfo tokenInfo) {

    public TokenClaims {
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(notBefore, "notBefore");
        Objects.requireNonNull(tokenId, "tokenId");
        Objects.requireNonNull(tokenInfo, "tokenInfo");
    }

    /** @return {@code sub}: the user the token was issued to */
    public FlexUserSid subject() {
        return tokenInfo.flexUserSid();
    }

    /** @return {@code aud}: the instance the token is for */
    public InstanceSid audience() {
        return tokenInfo.instanceSid();
    }

    /** @return {@code exp}: when the token stops validating */
    public Instant expiresAt() {
        return tokenInfo.expiration();
    }

    @Override
    public String toString() {
        return "TokenClaims[jti=" + tokenId + ", " + tokenInfo + "]";
    }
}
