package dev.flextoken.domain;

import java.time.Duration;

/**
 * The time to live of one token, in whole seconds, already admitted by a {@link TtlPolicy}.
 *
 * @param seconds the lifetime in seconds, at least 1
 */
public record Ttl(long seconds) {

    public Ttl {
        if (seconds < 1) {
            throw new IllegalArgumentException("A TTL must be at least 1 second");
        }
    }

    /** @return the lifetime as a duration */
    public Duration duration() {
        return Duration.ofSeconds(seconds);
    }
}
