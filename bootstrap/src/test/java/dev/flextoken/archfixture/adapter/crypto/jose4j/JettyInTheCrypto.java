package dev.flextoken.archfixture.adapter.crypto.jose4j;

import org.eclipse.jetty.server.Server;

/** Breaks "Javalin and Jetty only in the HTTP adapter": Jetty in the crypto adapter. */
public final class JettyInTheCrypto {

    public boolean isRunning(Server server) {
        return server.isRunning();
    }
}
