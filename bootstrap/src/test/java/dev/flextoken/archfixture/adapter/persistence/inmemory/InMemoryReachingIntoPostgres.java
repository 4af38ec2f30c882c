package dev.flextoken.archfixture.adapter.persistence.inmemory;

import dev.flextoken.archfixture.adapter.persistence.postgres.FixturePostgresStore;

/**
 * Breaks "adapters do not depend on each other": two persistence adapters share a parent package, yet are two
 * adapters.
 */
public final class InMemoryReachingIntoPostgres {

    public boolean fallsBackTo(FixturePostgresStore store) {
        return store != null;
    }
}
