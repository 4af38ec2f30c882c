package dev.flextoken.adapter.http;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * A real server on a free port in front of a fresh {@link FakeWorld}, one per test class: the classes that
 * extend this one run one after another, each with its own server.
 */
abstract class RunningServerTest {

    static FakeWorld world;
    static HttpApi.Server server;
    static TestClient client;

    @BeforeAll
    static void startServer() {
        world = new FakeWorld();
        server = Servers.start(world);
        client = new TestClient(server.port());
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }
}
