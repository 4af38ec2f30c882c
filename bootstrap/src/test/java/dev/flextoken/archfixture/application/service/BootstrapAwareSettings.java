package dev.flextoken.archfixture.application.service;

import dev.flextoken.archfixture.bootstrap.FixtureMain;

/**
 * Breaks "application depends only on domain and JDK", "domain and application do not depend on bootstrap" and
 * "services do not depend on bootstrap": settings read from the wiring instead of being handed in. Not a
 * {@code *Service}, so it needs no in-port.
 */
public final class BootstrapAwareSettings {

    public int port() {
        return FixtureMain.defaultPort();
    }
}
