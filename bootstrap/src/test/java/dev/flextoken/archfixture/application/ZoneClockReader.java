package dev.flextoken.archfixture.application;

import java.time.LocalDateTime;
import java.time.ZoneOffset;

/** Breaks "domain and application do not read the system clock": {@code now(zone)} reads it too. */
public final class ZoneClockReader {

    public LocalDateTime read() {
        return LocalDateTime.now(ZoneOffset.UTC);
    }
}
