package dev.flextoken.archfixture.adapter.cache;

/** Breaks "adapters are known": an adapter the independence rule was never told about. */
public final class UnlistedCacheAdapter {

    public int size() {
        return 0;
    }
}
