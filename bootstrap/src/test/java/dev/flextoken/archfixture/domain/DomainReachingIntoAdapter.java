package dev.flextoken.archfixture.domain;

import dev.flextoken.archfixture.adapter.http.FixtureHttpAdapter;

/** Breaks "domain depends only on the JDK" and "domain and application do not depend on adapters". */
public final class DomainReachingIntoAdapter {

    public boolean isServedBy(FixtureHttpAdapter adapter) {
        return adapter != null;
    }
}
