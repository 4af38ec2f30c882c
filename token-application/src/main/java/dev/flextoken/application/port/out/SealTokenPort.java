package dev.flextoken.application.port.out;

import dev.flextoken.domain.TokenClaims;

/**
 * Seals claims into a compact JWE with the current sealing key.
 */
public interface SealTokenPort {

    /**
     * @return the compact serialisation (five base64url parts); a bearer credential, never to be logged
     * @throws StoreUnavailableException when no sealing key is available
     */
    String seal(TokenClaims claims);
}
