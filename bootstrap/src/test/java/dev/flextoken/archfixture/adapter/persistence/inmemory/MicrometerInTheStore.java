package dev.flextoken.archfixture.adapter.persistence.inmemory;

import io.micrometer.core.instrument.Counter;

/** Breaks "Micrometer only in adapter-http and bootstrap": a store that counts its own lookups. */
public final class MicrometerInTheStore {

    public void lookedUp(Counter lookups) {
        lookups.increment();
    }
}
