package dev.flextoken.adapter.http;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import static dev.flextoken.adapter.http.FakeWorld.ACTIVE_USER;
import static dev.flextoken.adapter.http.FakeWorld.INSTANCE;
import static dev.flextoken.adapter.http.FakeWorld.OTHER_INSTANCE;
import static dev.flextoken.adapter.http.FakeWorld.UNKNOWN_USER;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * HEAD answers what GET would, status and headers, without a body (RFC 9110 §9.3.2): the GET handler runs,
 * behind the same authentication.
 */
class HeadRequestTest extends RunningServerTest {

    /** The users of {@link FakeWorld#INSTANCE}, spelled out to be a constant of the annotations below. */
    private static final String USERS = "/v4/Instances/GO00000000000000000000000000000001/Users";

    /** Headers that differ from one request to the next, whatever the method. */
    private static final List<String> PER_REQUEST = List.of("date", "x-request-id");

    @Test
    void usersWhenSpelledOutThenTheFakeWorldsInstance() {
        assertThat(USERS).isEqualTo("/v4/Instances/" + INSTANCE.value() + "/Users");
    }

    @ParameterizedTest
    @ValueSource(strings = {USERS, USERS + "?Username=Jane", USERS + "?PageSize=abc", USERS + "?PageToken=forged",
            USERS + "/FU00000000000000000000000000000001", USERS + "/FU00000000000000000000000000000009",
            USERS + "/Jane", "/v4/Instances/GO00000000000000000000000000000002/Users",
            "/v4/Instances/GO1/Users", "/healthz", "/readyz", "/nothing"})
    void headWhenAnyPathThenStatusAndHeadersOfGetWithoutBody(String path) {
        HttpResponse<String> get = client.get(path, TestClient.ACCOUNT_AUTH);

        HttpResponse<String> head = client.head(path, TestClient.ACCOUNT_AUTH);

        assertThat(head.statusCode()).as("status of HEAD %s", path).isEqualTo(get.statusCode());
        assertThat(comparableHeaders(head)).isEqualTo(comparableHeaders(get));
        assertThat(head.body()).isEmpty();
    }

    @Test
    void headWhenUserOfAnotherAccountThen404LikeGet() {
        String path = "/v4/Instances/" + OTHER_INSTANCE.value() + "/Users/" + ACTIVE_USER.value();

        HttpResponse<String> head = client.head(path, TestClient.ACCOUNT_AUTH);

        assertThat(head.statusCode()).isEqualTo(404);
        ApiAssertions.assertJsonContentType(head);
    }

    @Test
    void headWhenUnauthenticatedThen401WithChallengeAndNoUseCaseAsked() {
        int callsBefore = world.useCaseCalls.get();

        HttpResponse<String> head = client.head(USERS + "/" + UNKNOWN_USER.value(), null);

        assertThat(head.statusCode()).isEqualTo(401);
        assertThat(head.headers().firstValue("WWW-Authenticate")).hasValue("Basic realm=\"Twilio API\"");
        assertThat(world.useCaseCalls.get()).isEqualTo(callsBefore);
    }

    @ParameterizedTest
    @ValueSource(strings = {USERS + "/FU00000000000000000000000000000001 200",
            USERS + "/FU00000000000000000000000000000009 404"})
    void headWhenAnsweredThenNoBodyBytesOnTheWireButTheLengthOfGet(String pathAndStatus) {
        String path = pathAndStatus.split(" ")[0];
        String status = pathAndStatus.split(" ")[1];
        int getLength = client.get(path).body().getBytes(StandardCharsets.UTF_8).length;

        String raw = client.raw("HEAD " + path + " HTTP/1.1\r\nHost: x\r\nAuthorization: "
                + TestClient.ACCOUNT_AUTH + "\r\n\r\n");

        assertThat(raw).startsWith("HTTP/1.1 " + status + " ")
                .containsIgnoringCase("Content-Type: application/json");
        assertThat(raw.substring(raw.indexOf("\r\n\r\n") + 4)).isEmpty();
        assertThat(raw).containsIgnoringCase("Content-Length: " + getLength + "\r\n");
    }

    private static Map<String, List<String>> comparableHeaders(HttpResponse<String> response) {
        Map<String, List<String>> headers = new TreeMap<>();
        response.headers().map().forEach((name, values) -> {
            if (!PER_REQUEST.contains(name.toLowerCase(Locale.ROOT))) {
                headers.put(name.toLowerCase(Locale.ROOT), values);
            }
        });
        return headers;
    }
}
