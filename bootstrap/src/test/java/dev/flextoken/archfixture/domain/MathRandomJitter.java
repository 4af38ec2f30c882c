package dev.flextoken.archfixture.domain;

/** Breaks "domain and application do not make their own randomness": {@code Math.random()}. */
public final class MathRandomJitter {

    public double jitter() {
        return Math.random();
    }
}
