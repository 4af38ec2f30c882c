package dev.flextoken.archfixture.application;

import java.security.SecureRandom;

/** Breaks "domain and application do not make their own randomness": {@code new SecureRandom()}. */
public final class SecureRandomMaker {

    public long next() {
        return new SecureRandom().nextLong();
    }
}
