package dev.flextoken.archfixture.domain;

import java.util.UUID;

/** Breaks "domain and application do not make their own randomness": {@code UUID.randomUUID()}. */
public final class UuidMintingSid {

    public FixtureSid mint() {
        return new FixtureSid(UUID.randomUUID().toString());
    }
}
