package dev.flextoken.archfixture.bootstrap;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.flextoken.archfixture.adapter.crypto.jose4j.FixtureCryptoAdapter;
import dev.flextoken.archfixture.adapter.http.FixtureHttpAdapter;
import dev.flextoken.archfixture.adapter.persistence.inmemory.FixtureInMemoryStore;
import dev.flextoken.archfixture.application.service.IssueFixtureService;
import io.javalin.Javalin;
import java.security.SecureRandom;
import java.time.Clock;
import org.eclipse.jetty.server.Server;

/**
 * Follows every rule: bootstrap wires every adapter, may use Javalin, Jetty and Jackson, and, being the command
 * line, may print.
 */
public final class FixtureMain {

    private FixtureMain() {
    }

    public static int defaultPort() {
        return 8080;
    }

    public static boolean wire(Javalin app, Server server, ObjectMapper mapper) {
        FixtureInMemoryStore store = new FixtureInMemoryStore();
        IssueFixtureService issue = new IssueFixtureService(store, Clock.systemUTC(), new SecureRandom());
        FixtureHttpAdapter http = new FixtureHttpAdapter(issue, null);
        FixtureCryptoAdapter crypto = new FixtureCryptoAdapter();

        System.out.println("wired on port " + defaultPort());
        return http.serves(app) && server != null && mapper != null && crypto != null;
    }
}
