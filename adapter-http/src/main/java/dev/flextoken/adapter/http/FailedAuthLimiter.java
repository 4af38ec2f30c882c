package dev.flextoken.adapter.http;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts failed authentications per client address in fixed windows, and refuses an address that failed too
 * often until its window ends: online guessing of secrets stays slow.
 *
 * <p>A success does not reset the count, else an attacker holding one valid credential could clear its own
 * record between guesses at others. A blocked address is refused before its credentials are checked, so a
 * correct guess made while blocked teaches nothing.
 */
final class FailedAuthLimiter {

    /** Past this many tracked addresses, windows that have ended are dropped. */
    private static final int PURGE_THRESHOLD = 10_000;

    private final int maxFailures;
    private final Duration window;
    private final Clock clock;
    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    /**
     * @param maxFailures failures an address may make within one window before it is blocked, at least 1
     * @param window      the length of a window, positive
     */
    FailedAuthLimiter(int maxFailures, Duration window, Clock clock) {
        this.maxFailures = maxFailures;
        this.window = window;
        this.clock = clock;
    }

    /** @return how long {@code address} stays blocked, or empty when it may try */
    Optional<Duration> blockedFor(String address) {
        Instant now = clock.instant();
        Window current = windows.get(address);
        if (current == null || current.hasEnded(now) || current.failures < maxFailures) {
            return Optional.empty();
        }
        return Optional.of(Duration.between(now, current.end));
    }

    void recordFailure(String address) {
        Instant now = clock.instant();
        windows.compute(address, (key, current) -> current == null || current.hasEnded(now)
                ? new Window(now.plus(window), 1)
                : new Window(current.end, current.failures + 1));

        if (windows.size() > PURGE_THRESHOLD) {
            windows.values().removeIf(stale -> stale.hasEnded(now));
        }
    }

    private record Window(Instant end, int failures) {
        boolean hasEnded(Instant now) {
            return !now.isBefore(end);
        }
    }
}
