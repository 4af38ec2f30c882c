package dev.flextoken.archfixture.adapter.crypto.jose4j;

import dev.flextoken.archfixture.adapter.http.FixtureHttpAdapter;

/** Breaks "adapters do not depend on each other": the crypto adapter knows the HTTP adapter. */
public final class CryptoReachingIntoHttp {

    public boolean isServedBy(FixtureHttpAdapter adapter) {
        return adapter != null;
    }
}
