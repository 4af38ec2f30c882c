package dev.flextoken.application.port.out;

import dev.flextoken.domain.FlexUserSid;

/**
 * Makes identifiers that nobody can guess.
 */
public interface IdGeneratorPort {

    /** @return 128 random bits as 32 lower-case hex digits, for a token's {@code jti} */
    String newTokenId();

    /** @return a fresh user SID with 128 random bits */
    FlexUserSid newFlexUserSid();
}
