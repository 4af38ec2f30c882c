package dev.flextoken.archfixture.domain;

import java.time.Clock;
import java.time.Instant;

/** Follows every rule: reads time from a clock it is given, and holds primitive arrays (JDK types too). */
public record FixtureToken(FixtureSid sid, Instant expiresAt, byte[] secret, int[] slots) {

    public static Instant expiry(Clock clock, long seconds) {
        return Instant.now(clock).plusSeconds(seconds);
    }
}
