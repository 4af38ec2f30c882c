package dev.flextoken.application.service;

import dev.flextoken.domain.TtlPolicy;

import java.time.Duration;
import java.util.Objects;

/**
 * The settings that shape every token: who issues it, how long it lives, how much clock skew
 * validation forgives.
 *
 * @param issuer    the {@code iss} claim of every token, and the only one validation accepts
 * @param ttlPolicy the TTL policy of instances that have none of their own
 * @param clockSkew how far {@code exp} and {@code nbf} may be off when validating, 0 to 1 hour
 */
public record TokenSettings(String issuer, TtlPolicy ttlPolicy, Duration clockSkew) {

    /** The issuer when none is configured. */
    public static final String DEFAULT_ISSUER = "flex-token";

    /** The clock skew when none is configured. */
    public static final Duration DEFAULT_CLOCK_SKEW = Duration.ofSeconds(60);

    /** The most clock skew a server may forgive: beyond an hour, clocks need fixing, not forgiving. */
    public static final Duration LONGEST_CLOCK_SKEW = Duration.ofHours(1);

    public TokenSettings {
        if (issuer == null || issuer.isBlank()) {
            throw new IllegalArgumentException("The setting 'issuer' must not be blank");
        }
        Objects.requireNonNull(ttlPolicy, "ttlPolicy");
        if (clockSkew == null || clockSkew.isNegative() || clockSkew.compareTo(LONGEST_CLOCK_SKEW) > 0) {
            throw new IllegalArgumentException("The setting 'clock-skew' must lie between 0 and "
                    + LONGEST_CLOCK_SKEW.toSeconds() + " seconds");
        }
    }

    /** @return the default issuer, the standard TTL policy and 60 s of clock skew */
    public static TokenSettings defaults() {
        return new TokenSettings(DEFAULT_ISSUER, TtlPolicy.STANDARD, DEFAULT_CLOCK_SKEW);
    }
}
