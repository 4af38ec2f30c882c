package dev.flextoken.application.service;

import dev.flextoken.application.port.out.IdGeneratorPort;
import dev.flextoken.domain.FlexUserSid;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Objects;

/**
 * Identifiers of 128 random bits from an injected {@link SecureRandom}.
 */
public final class RandomIds implements IdGeneratorPort {

    private static final HexFormat HEX = HexFormat.of();

    private final SecureRandom random;

    public RandomIds(SecureRandom random) {
        this.random = Objects.requireNonNull(random, "random");
    }

    @Override
    public String newTokenId() {
        return randomHex();
    }

    @Override
    public FlexUserSid newFlexUserSid() {
        return new FlexUserSid(FlexUserSid.PREFIX.letters() + randomHex());
    }

    private String randomHex() {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        return HEX.formatHex(bytes);
    }
}
