package dev.flextoken.archfixture.domain;

import java.util.concurrent.ThreadLocalRandom;

/** Breaks "domain and application do not make their own randomness": {@code ThreadLocalRandom.current()}. */
public final class ThreadLocalJitter {

    public long jitter() {
        return ThreadLocalRandom.current().nextLong();
    }
}
