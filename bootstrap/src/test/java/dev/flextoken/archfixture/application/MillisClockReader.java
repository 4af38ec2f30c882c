package dev.flextoken.archfixture.application;

/** Breaks "domain and application do not read the system clock": {@code System.currentTimeMillis()}. */
public final class MillisClockReader {

    public long read() {
        return System.currentTimeMillis();
    }
}
