package dev.flextoken.adapter.http;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import static dev.flextoken.adapter.http.ApiAssertions.assertTwilioError;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The failed-authentication limit, on a server of its own with a limit of 3 and a clock the test moves.
 */
class FailedAuthenticationLimitTest {

    private static final String USERS = "/v4/Instances/" + FakeWorld.INSTANCE.value() + "/Users";
    private static final String WRONG = TestClient.basic(FakeWorld.ACCOUNT.value(), "wrong");

    private static final MovableClock CLOCK = new MovableClock(FakeWorld.NOW);

    private static HttpApi.Server server;
    private static TestClient client;

    @BeforeAll
    static void startServer() {
        server = Servers.start(new FakeWorld(), CLOCK, 3);
        client = new TestClient(server.port());
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @Test
    void authenticateWhenTooManyFailuresThen429UntilTheWindowEnds() {
        assertThat(client.get(USERS, null).statusCode()).as("no credentials do not count").isEqualTo(401);
        for (int failure = 1; failure <= 3; failure++) {
            assertTwilioError(client.get(USERS, WRONG), 401, 20003);
        }

        CLOCK.advance(Duration.ofSeconds(20));
        HttpResponse<String> blocked = client.get(USERS, TestClient.ACCOUNT_AUTH);

        assertTwilioError(blocked, 429, 20429);
        assertThat(blocked.headers().firstValue("Retry-After")).hasValue("40");

        CLOCK.advance(Duration.ofSeconds(40));
        assertThat(client.get(USERS, TestClient.ACCOUNT_AUTH).statusCode()).isEqualTo(200);
    }

    /** A clock only the test moves. */
    private static final class MovableClock extends Clock {

        private volatile Instant now;

        MovableClock(Instant start) {
            this.now = start;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
