package dev.flextoken.adapter.http;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the adapter logs: one access line per request, a correlated ERROR for the unexpected, a WARN for a
 * refused authentication; and never a secret, a token, a username, a body or a query string.
 */
class LoggingTest extends RunningServerTest {

    private static final String USERS = "/v4/Instances/" + FakeWorld.INSTANCE.value() + "/Users";

    private final CapturingAppender appender = new CapturingAppender();

    @BeforeEach
    void capture() {
        appender.start();
        logger().addAppender(appender);
    }

    @AfterEach
    void release() {
        logger().detachAppender(appender);
    }

    private static Logger logger() {
        return (Logger) LoggerFactory.getLogger("dev.flextoken.adapter.http");
    }

    @Test
    void accessLogWhenRequestServedThenRouteTemplateStatusAndRequestIdOnly() throws InterruptedException {
        HttpResponse<String> response = client.get(USERS + "?Username=Jane&PageSize=5");
        String requestId = response.headers().firstValue("X-Request-Id").orElseThrow();

        ILoggingEvent line = appender.awaitMessageContaining(requestId);

        assertThat(line.getLevel()).isEqualTo(Level.INFO);
        assertThat(line.getLoggerName()).endsWith("AccessLog");
        assertThat(line.getFormattedMessage()).startsWith("GET /v4/Instances/{InstanceSid}/Users 200 ")
                .doesNotContain("Jane").doesNotContain("PageSize").doesNotContain("?");
    }

    @Test
    void accessLogWhenRefusedBeforeTheRouteRanThenTheTemplateItWouldHaveRun() throws InterruptedException {
        HttpResponse<String> response = client.get(USERS + "/Jane.Doe?Username=Jane", null);
        String requestId = response.headers().firstValue("X-Request-Id").orElseThrow();

        ILoggingEvent line = appender.awaitMessageContaining(requestId);

        assertThat(line.getFormattedMessage())
                .startsWith("GET /v4/Instances/{InstanceSid}/Users/{FlexUserSid} 401 ")
                .doesNotContain("Jane").doesNotContain(FakeWorld.INSTANCE.value());
    }

    @Test
    void accessLogWhenNoRouteFitsThenUnmatchedNotTheRawPath() throws InterruptedException {
        HttpResponse<String> response = client.get("/v4/people/Jane.Doe/secret-stuff");
        String requestId = response.headers().firstValue("X-Request-Id").orElseThrow();

        ILoggingEvent line = appender.awaitMessageContaining(requestId);

        assertThat(line.getFormattedMessage()).startsWith("GET unmatched 404 ").doesNotContain("Jane");
    }

    @Test
    void errorLogWhenUnexpectedFailureThenErrorCarriesTheCorrelationIdNotTheBody() {
        String body = "{\"ttl\":60,\"note\":\"body-marker\"}";
        HttpResponse<String> response = client.postJson(USERS + "/" + FakeWorld.EXPLODING_USER.value()
                + "/Tokens", body);
        String requestId = response.headers().firstValue("X-Request-Id").orElseThrow();

        List<ILoggingEvent> errors = appender.events.stream()
                .filter(event -> event.getLevel() == Level.ERROR)
                .toList();

        assertThat(errors).hasSize(1);
        assertThat(errors.get(0).getFormattedMessage()).contains(requestId).doesNotContain("body-marker");
        assertThat(errors.get(0).getThrowableProxy()).isNotNull();
    }

    @Test
    void warnLogWhenAuthenticationRefusedThenNoCredentialIsLogged() {
        HttpResponse<String> response = client.get(USERS, TestClient.basic(FakeWorld.ACCOUNT.value(),
                "guessed-secret"));
        String requestId = response.headers().firstValue("X-Request-Id").orElseThrow();

        assertThat(appender.events).anySatisfy(event -> {
            assertThat(event.getLevel()).isEqualTo(Level.WARN);
            assertThat(event.getFormattedMessage()).contains(requestId);
        });
    }

    @Test
    void logsWhenTokensIssuedAndValidatedThenNeverCarrySecretsTokensOrPersonalData()
            throws InterruptedException {
        HttpResponse<String> issued = client.postJson(USERS + "/" + FakeWorld.ACTIVE_USER.value() + "/Tokens",
                "{\"ttl\":60}");
        client.post("/v1/Accounts/" + FakeWorld.ACCOUNT.value() + "/Tokens/validate", TestClient.basic(
                FakeWorld.API_KEY, FakeWorld.API_KEY_SECRET), TestClient.JSON, BodyPublishers.ofString(
                "{\"token\":\"" + FakeWorld.GOOD_TOKEN + "\"}"));
        HttpResponse<String> last = client.postJson(USERS + "/Provision", "{\"username\":\"Mary\"}");
        appender.awaitMessageContaining(last.headers().firstValue("X-Request-Id").orElseThrow());

        assertThat(issued.statusCode()).isEqualTo(201);
        assertThat(appender.events).isNotEmpty().allSatisfy(event -> assertThat(event.getFormattedMessage())
                .doesNotContain(FakeWorld.AUTH_TOKEN)
                .doesNotContain(FakeWorld.API_KEY_SECRET)
                .doesNotContain("compact.jwe")
                .doesNotContain(FakeWorld.GOOD_TOKEN)
                .doesNotContain("Jane")
                .doesNotContain("Mary")
                .doesNotContain("Basic "));
    }

    /** Keeps every event; lets a test wait for a line written after the response went out. */
    private static final class CapturingAppender extends AppenderBase<ILoggingEvent> {

        final List<ILoggingEvent> events = new CopyOnWriteArrayList<>();

        @Override
        protected synchronized void append(ILoggingEvent event) {
            events.add(event);
            notifyAll();
        }

        /** The access line may be written just after the response reached the client. */
        synchronized ILoggingEvent awaitMessageContaining(String text) throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            while (true) {
                for (ILoggingEvent event : events) {
                    if (event.getFormattedMessage().contains(text) && event.getLoggerName().endsWith("AccessLog")) {
                        return event;
                    }
                }
                long left = deadline - System.nanoTime();
                assertThat(left).as("an access line containing %s", text).isPositive();
                TimeUnit.NANOSECONDS.timedWait(this, left);
            }
        }
    }
}
