package dev.flextoken.archfixture.adapter.crypto.jose4j;

/** Breaks "only bootstrap writes to the standard streams": {@code System.err} instead of a logger. */
public final class ConsoleWarningKeys {

    public void warn(String keyId) {
        System.err.println("stale key " + keyId);
    }
}
