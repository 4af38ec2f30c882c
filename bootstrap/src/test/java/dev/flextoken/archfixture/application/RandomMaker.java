package dev.flextoken.archfixture.application;

import java.util.Random;

/** Breaks "domain and application do not make their own randomness": {@code new Random()}. */
public final class RandomMaker {

    public long next() {
        return new Random().nextLong();
    }
}
