package dev.flextoken.adapter.http;

import com.fasterxml.jackson.databind.JsonNode;

import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** Checks shared by the route tests. */
final class ApiAssertions {

    private ApiAssertions() {
    }

    /** Asserts a Twilio-shaped error of that status and code, and returns its body. */
    static JsonNode assertTwilioError(HttpResponse<String> response, int status, int code) {
        assertThat(response.statusCode()).as("status of %s", response.body()).isEqualTo(status);
        assertJsonContentType(response);

        JsonNode body = TestClient.json(response);
        assertThat(TestClient.keys(body)).containsExactly("code", "message", "more_info", "status");
        assertThat(body.get("code").intValue()).isEqualTo(code);
        assertThat(body.get("status").intValue()).isEqualTo(status);
        assertThat(body.get("more_info").textValue()).isEqualTo("https://www.twilio.com/docs/errors/" + code);
        assertThat(body.get("message").textValue()).isNotBlank();
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("\tat ");
        return body;
    }

    /**
     * Jetty writes its canonical spelling {@code application/json;charset=utf-8}; RFC 9110 §8.3.1 makes it the
     * same media type as {@code application/json; charset=utf-8}.
     */
    static void assertJsonContentType(HttpResponse<String> response) {
        assertThat(response.headers().firstValue("Content-Type").map(type -> type.replace(" ", "")))
                .hasValue("application/json;charset=utf-8");
    }

    static String message(HttpResponse<String> response) {
        return TestClient.json(response).get("message").textValue();
    }
}
