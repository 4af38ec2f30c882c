package dev.flextoken.archfixture.adapter.http;

import dev.flextoken.archfixture.bootstrap.FixtureMain;

/** Breaks "adapters do not depend on bootstrap": the HTTP adapter reads the wiring's settings. */
public final class HttpReachingIntoBootstrap {

    // A method call, not a constant: javac would inline a constant and leave no dependency to see.
    public int port() {
        return FixtureMain.defaultPort();
    }
}
