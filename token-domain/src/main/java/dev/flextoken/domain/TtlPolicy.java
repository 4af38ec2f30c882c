package dev.flextoken.domain;

import java.time.Duration;

/**
 * How long a token may live, in whole seconds: the default used when a request names no TTL, and the
 * inclusive bounds a requested TTL must fall within.
 *
 * <p>A policy is checked once, when it is made, so that every policy in circulation is coherent.
 *
 * @param defaultSeconds the TTL of a request that names none
 * @param minSeconds     the shortest TTL a request may ask for, at least 1
 * @param maxSeconds     the longest TTL a request may ask for
 */
public record TtlPolicy(long defaultSeconds, long minSeconds, long maxSeconds) {

    /** The policy of the hosted Flex User Token API: 3600 s by default, between 60 s and 86400 s. */
    public static final TtlPolicy STANDARD = new TtlPolicy(3600, 60, 86_400);

    /**
     * The longest TTL any policy may allow: one year. Far beyond any sensible bearer token, and far enough from
     * the limits of {@link java.time.Instant} that no expiration can overflow.
     */
    public static final long LONGEST_SECONDS = 365L * 86_400;

    /**
     * @throws InvalidTtlPolicyException naming the setting when the bounds do not make sense
     */
    public TtlPolicy {
        if (minSeconds < 1) {
            throw new InvalidTtlPolicyException("ttl.min", "must be at least 1 second");
        }
        if (maxSeconds > LONGEST_SECONDS) {
            throw new InvalidTtlPolicyException("ttl.max", "must not exceed " + LONGEST_SECONDS + " seconds (a year)");
        }
        if (maxSeconds < minSeconds) {
            throw new InvalidTtlPolicyException("ttl.max", "must not be below ttl.min (" + minSeconds + ")");
        }
        if (defaultSeconds < minSeconds || defaultSeconds > maxSeconds) {
            throw new InvalidTtlPolicyException("ttl.default",
                    "must lie between ttl.min (" + minSeconds + ") and ttl.max (" + maxSeconds + ")");
        }
    }

    /** @return whether a request may ask for {@code seconds} */
    public boolean admits(long seconds) {
        return seconds >= minSeconds && seconds <= maxSeconds;
    }

    /** @return the default TTL as a duration */
    public Duration defaultTtl() {
        return Duration.ofSeconds(defaultSeconds);
    }
}
