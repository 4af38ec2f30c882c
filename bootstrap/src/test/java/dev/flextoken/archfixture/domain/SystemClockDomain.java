package dev.flextoken.archfixture.domain;

import java.time.Instant;

/** Breaks "domain and application do not read the system clock": {@code Instant.now()} inline. */
public final class SystemClockDomain {

    public boolean isExpired(Instant expiresAt) {
        return expiresAt.isBefore(Instant.now());
    }
}
