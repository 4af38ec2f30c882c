package dev.flextoken.adapter.http;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.http.HttpResponse;

import static dev.flextoken.adapter.http.ApiAssertions.assertTwilioError;
import static org.assertj.core.api.Assertions.assertThat;

class OperationRoutesTest extends RunningServerTest {

    @AfterEach
    void makeReadyAgain() {
        world.ready.set(true);
    }

    @Test
    void healthWhenRunningThenOkWithoutCredentials() {
        HttpResponse<String> response = client.get("/healthz", null);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("{\"status\":\"ok\"}");
        ApiAssertions.assertJsonContentType(response);
    }

    @Test
    void readyWhenReadyThen200WithoutCredentials() {
        HttpResponse<String> response = client.get("/readyz", null);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("{\"status\":\"ready\"}");
    }

    @Test
    void readyWhenNotReadyThen503WithRetryAfter() {
        world.ready.set(false);

        HttpResponse<String> response = client.get("/readyz", null);

        assertTwilioError(response, 503, 20503);
        assertThat(response.headers().firstValue("Retry-After")).hasValue("5");
    }

    @Test
    void healthWhenMethodIsPostThen405WithAllow() {
        HttpResponse<String> response = client.method("POST", "/healthz");

        assertTwilioError(response, 405, 20004);
        assertThat(response.headers().firstValue("Allow")).hasValueSatisfying(allow -> assertThat(allow)
                .contains("GET"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"GET /v4/%ZZ HTTP/1.1\r\nHost: x\r\n\r\n",
            "GET /healthz HTTP/1.1\r\nHost: x\r\nBad Header\r\n\r\n"})
    void requestWhenJettyRefusesItThenTwilioShapeNotHtml(String request) {
        String response = client.raw(request);

        assertThat(response).startsWith("HTTP/1.1 400 ").contains("application/json")
                .contains("\"code\":20001").contains("\"status\":400").doesNotContain("<html");
    }

    @Test
    void stopWhenCalledTwiceThenHarmless() {
        HttpApi.Server extra = Servers.start(new FakeWorld());
        int port = extra.port();

        extra.stop();
        extra.close();

        assertThat(port).isPositive().isNotEqualTo(server.port());
    }
}
