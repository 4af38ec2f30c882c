package dev.flextoken.archfixture.application;

import java.time.Clock;

/** Breaks "domain and application do not read the system clock": a clock made here instead of injected. */
public final class SystemUtcClock {

    public Clock clock() {
        return Clock.systemUTC();
    }
}
