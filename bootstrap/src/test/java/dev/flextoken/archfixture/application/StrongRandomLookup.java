package dev.flextoken.archfixture.application;

import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;

/** Breaks "domain and application do not make their own randomness": {@code SecureRandom.getInstanceStrong()}. */
public final class StrongRandomLookup {

    public SecureRandom lookUp() throws NoSuchAlgorithmException {
        return SecureRandom.getInstanceStrong();
    }
}
