package dev.flextoken.application.port.out;

import dev.flextoken.domain.TokenClaims;
import dev.flextoken.domain.TokenRejection;

/**
 * Opens a compact JWE sealed by {@link SealTokenPort}, with any key of the current key set.
 *
 * <p>It checks, in order: the compact form, the {@code kid} against the key set, the {@code alg} and
 * {@code enc} against the allow-list and the key's own algorithm, decryption, the {@code typ} header, and
 * that the claims parse. Issuer, audience, account, times and revocation are the caller's to check.
 */
public interface OpenTokenPort {

    /**
     * Never throws for a bad token.
     *
     * @param compactToken the token as received, of any content
     * @return the claims, or the first check that failed; never null
     */
    OpenedToken open(String compactToken);

    /** The outcome of opening a token. */
    sealed interface OpenedToken {
    }

    /** @param claims what the token carries */
    record Opened(TokenClaims claims) implements OpenedToken {
    }

    /** @param reason the first check that failed */
    record Refused(TokenRejection reason) implements OpenedToken {
    }
}
