package dev.flextoken.adapter.http;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Locale;

import static dev.flextoken.adapter.http.FakeWorld.ACCOUNT;
import static dev.flextoken.adapter.http.FakeWorld.ACTIVE_USER;
import static dev.flextoken.adapter.http.FakeWorld.DEACTIVATED_USER;
import static dev.flextoken.adapter.http.FakeWorld.INSTANCE;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code GET /metrics} on a fresh server per test, so that every count starts at zero. */
class MetricsTest {

    private static final String TOKENS_TEMPLATE = "/v4/Instances/{InstanceSid}/Users/{FlexUserSid}/Tokens";
    private static final String VALIDATE = "/v1/Accounts/" + ACCOUNT.value() + "/Tokens/validate";

    private HttpApi.Server server;
    private TestClient client;

    @BeforeEach
    void startServer() {
        server = Servers.start(new FakeWorld());
        client = new TestClient(server.port());
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    private static String tokens(String user) {
        return "/v4/Instances/" + INSTANCE.value() + "/Users/" + user + "/Tokens";
    }

    private String scrape() {
        HttpResponse<String> response = client.get("/metrics", null);
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    @Test
    void metricsWhenFetchedWithoutCredentialsThenPrometheusText() {
        HttpResponse<String> response = client.get("/metrics", null);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").map(type -> type.replace(" ", "")
                        .toLowerCase(Locale.ROOT)))
                .hasValue("text/plain;version=0.0.4;charset=utf-8");
        assertThat(response.body()).contains("# TYPE flex_token_tokens_issued_total counter");
    }

    @Test
    void metricsWhenTokensIssuedRefusedValidatedAndRefusedAuthenticationThenCountedWithTheirLabels() {
        assertThat(client.postJson(tokens(ACTIVE_USER.value()), "{}").statusCode()).isEqualTo(201);
        assertThat(client.postJson(tokens(DEACTIVATED_USER.value()), "{}").statusCode()).isEqualTo(403);
        assertThat(client.postJson(VALIDATE, "{\"token\":\"" + FakeWorld.GOOD_TOKEN + "\"}").statusCode())
                .isEqualTo(200);
        assertThat(client.postJson(VALIDATE, "{\"token\":\"" + FakeWorld.EXPIRED_TOKEN + "\"}").statusCode())
                .isEqualTo(200);
        assertThat(client.post(tokens(ACTIVE_USER.value()), TestClient.basic(ACCOUNT.value(), "wrong"),
                TestClient.JSON, BodyPublishers.ofString("{}")).statusCode()).isEqualTo(401);

        String metrics = scrape();

        assertThat(metrics.lines()).contains(
                "flex_token_tokens_issued_total 1.0",
                "flex_token_tokens_refused_total{outcome=\"user_deactivated\"} 1.0",
                "flex_token_tokens_refused_total{outcome=\"user_not_found\"} 0.0",
                "flex_token_validations_total{reason=\"none\",result=\"valid\"} 1.0",
                "flex_token_validations_total{reason=\"expired\",result=\"invalid\"} 1.0",
                "flex_token_validations_total{reason=\"revoked\",result=\"invalid\"} 0.0",
                "flex_token_authentication_failures_total{reason=\"refused\"} 1.0",
                "flex_token_authentication_failures_total{reason=\"missing\"} 0.0");
        assertThat(metrics.lines()).anyMatch(line -> line.startsWith("flex_token_http_requests_seconds_bucket{")
                && line.contains("route=\"" + TOKENS_TEMPLATE + "\"") && line.contains("status=\"2xx\"")
                && line.endsWith(" 1"));
        assertThat(metrics.lines()).contains("flex_token_http_requests_seconds_count{route=\"" + TOKENS_TEMPLATE
                + "\",status=\"4xx\"} 2");
    }

    @Test
    void metricsWhenRequestRefusedBeforeItsRouteRanThenLabelledWithTheTemplateNotThePath() {
        client.post(tokens(ACTIVE_USER.value()), null, TestClient.JSON, BodyPublishers.ofString("{}"));
        client.method("GET", "/v4/Instances/" + INSTANCE.value() + "/Users/Provision");

        String metrics = scrape();

        assertThat(metrics.lines()).contains(
                "flex_token_authentication_failures_total{reason=\"missing\"} 1.0",
                "flex_token_http_requests_seconds_count{route=\"" + TOKENS_TEMPLATE + "\",status=\"4xx\"} 1",
                "flex_token_http_requests_seconds_count{route=\"/v4/Instances/{InstanceSid}/Users/Provision\","
                        + "status=\"4xx\"} 1");
    }

    @Test
    void metricsWhenPathsMatchNoRouteThenOneUnmatchedSeriesHoldsThemAll() {
        client.get("/nothing", null);
        client.get("/v4/Jane/secret-path", null);
        client.get("/v9/" + ACTIVE_USER.value(), null);

        String metrics = scrape();

        assertThat(metrics.lines())
                .contains("flex_token_http_requests_seconds_count{route=\"unmatched\",status=\"4xx\"} 3");
        assertThat(metrics).doesNotContain("/nothing").doesNotContain("secret-path").doesNotContain("/v9/");
    }

    @Test
    void metricsWhenEveryRouteWasCalledThenNoSidUsernameOrTokenAppears() {
        client.postJson(tokens(ACTIVE_USER.value()), "{}");
        client.postJson(tokens(DEACTIVATED_USER.value()), "{}");
        client.postJson("/v4/Instances/" + INSTANCE.value() + "/Users/Provision", "{\"username\":\"Newcomer\"}");
        client.get("/v4/Instances/" + INSTANCE.value() + "/Users?Username=Jane");
        client.get("/v4/Instances/" + INSTANCE.value() + "/Users/" + ACTIVE_USER.value());
        client.postJson(VALIDATE, "{\"token\":\"" + FakeWorld.GOOD_TOKEN + "\"}");
        client.get("/" + FakeWorld.AUTH_TOKEN, TestClient.basic(ACCOUNT.value(), FakeWorld.AUTH_TOKEN));

        String metrics = scrape();

        List<String> secrets = List.of(ACCOUNT.value(), INSTANCE.value(), ACTIVE_USER.value(),
                DEACTIVATED_USER.value(), FakeWorld.WORKER.value(), "Jane", "Newcomer", FakeWorld.GOOD_TOKEN,
                "compact.jwe.token.for.jane", FakeWorld.AUTH_TOKEN);
        for (String secret : secrets) {
            assertThat(metrics).as("metrics holding %s", secret).doesNotContainIgnoringCase(secret);
        }
        assertThat(metrics).contains("flex_token_tokens_issued_total 1.0");
    }
}
