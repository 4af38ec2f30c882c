package dev.flextoken.adapter.http;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import static dev.flextoken.adapter.http.ApiAssertions.assertTwilioError;
import static dev.flextoken.adapter.http.ApiAssertions.message;
import static dev.flextoken.adapter.http.FakeWorld.ACCOUNT;
import static dev.flextoken.adapter.http.FakeWorld.ACTIVE_USER;
import static dev.flextoken.adapter.http.FakeWorld.DEACTIVATED_USER;
import static dev.flextoken.adapter.http.FakeWorld.EXPLODING_USER;
import static dev.flextoken.adapter.http.FakeWorld.INSTANCE;
import static dev.flextoken.adapter.http.FakeWorld.OTHER_INSTANCE;
import static dev.flextoken.adapter.http.FakeWorld.STORE_DOWN_USER;
import static dev.flextoken.adapter.http.FakeWorld.UNKNOWN_USER;
import static dev.flextoken.adapter.http.TestClient.ACCOUNT_AUTH;
import static dev.flextoken.adapter.http.TestClient.JSON;
import static dev.flextoken.adapter.http.TestClient.basic;
import static org.assertj.core.api.Assertions.assertThat;

class TokenRouteTest extends RunningServerTest {

    private static final String TOKENS = tokens(INSTANCE.value(), ACTIVE_USER.value());

    private static String tokens(String instance, String user) {
        return "/v4/Instances/" + instance + "/Users/" + user + "/Tokens";
    }

    @Test
    void createTokenWhenDefaultTtlThenCreatedWithTokenInfoInOrder() {
        HttpResponse<String> response = client.postJson(TOKENS, "{}");

        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(response.headers().firstValue("Pragma")).hasValue("no-cache");
        ApiAssertions.assertJsonContentType(response);
        assertThat(response.headers().firstValue("X-Request-Id")).hasValueSatisfying(id -> assertThat(id)
                .matches("[0-9a-f]{16}"));

        JsonNode body = TestClient.json(response);
        assertThat(TestClient.keys(body)).containsExactly("access_token", "token_info");
        assertThat(body.get("access_token").textValue()).isEqualTo("compact.jwe.token.for.jane");
        JsonNode info = body.get("token_info");
        assertThat(TestClient.keys(info)).containsExactly("account_sid", "expiration", "flex_instance_sid",
                "flex_user_sid", "identity", "permissions", "roles", "username");
        assertThat(info.get("account_sid").textValue()).isEqualTo(ACCOUNT.value());
        assertThat(info.get("expiration").textValue()).isEqualTo("2025-10-23T16:22:26Z");
        assertThat(info.get("flex_instance_sid").textValue()).isEqualTo(INSTANCE.value());
        assertThat(info.get("flex_user_sid").textValue()).isEqualTo(ACTIVE_USER.value());
        assertThat(info.get("identity").textValue()).isEqualTo("Jane");
        assertThat(info.get("permissions").toString()).isEqualTo("[\"FPN9999\",\"FPN0000\"]");
        assertThat(info.get("roles").toString()).isEqualTo("[\"agent\"]");
        assertThat(info.get("username").textValue()).isEqualTo("Jane");
    }

    @ParameterizedTest
    @ValueSource(ints = {60, 3600, 86_400})
    void createTokenWhenTtlWithinPolicyThenExpirationFollowsIt(int ttl) {
        HttpResponse<String> response = client.postJson(TOKENS, "{\"ttl\": " + ttl + ", \"unknown\": [1, {}]}");

        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(TestClient.json(response).at("/token_info/expiration").textValue())
                .isEqualTo(FakeWorld.NOW.plusSeconds(ttl).toString());
    }

    @Test
    void createTokenWhenApiKeyCredentialsThenCreated() {
        HttpResponse<String> response = client.post(TOKENS, basic(FakeWorld.API_KEY, FakeWorld.API_KEY_SECRET),
                JSON, BodyPublishers.ofString("{\"ttl\":60}"));

        assertThat(response.statusCode()).isEqualTo(201);
    }

    @Test
    void createTokenWhenUpperCaseHexInPathThenCreatedForNormalisedSids() {
        HttpResponse<String> response = client.postJson(tokens("GO" + "0".repeat(31) + "1",
                "FU" + "0".repeat(31) + "1"), "");

        assertThat(response.statusCode()).isEqualTo(201);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "text/plain", "application/x-www-form-urlencoded"})
    void createTokenWhenBodyEmptyThenDefaultTtlWhateverTheContentType(String contentType) {
        HttpResponse<String> response = client.post(TOKENS, ACCOUNT_AUTH,
                contentType.isEmpty() ? null : contentType, BodyPublishers.noBody());

        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(TestClient.json(response).at("/token_info/expiration").textValue())
                .isEqualTo("2025-10-23T16:22:26Z");
    }

    @ParameterizedTest
    @ValueSource(strings = {"application/json; charset=utf-8", "Application/JSON", "application/json;charset=UTF-8"})
    void createTokenWhenJsonContentTypeHasParametersOrCaseThenCreated(String contentType) {
        HttpResponse<String> response = client.postBytes(TOKENS, contentType,
                "{\"ttl\":60}".getBytes(StandardCharsets.UTF_8));

        assertThat(response.statusCode()).isEqualTo(201);
    }

    @Test
    void createTokenWhenCredentialsMissingThen401WithChallenge() {
        int callsBefore = world.useCaseCalls.get();

        HttpResponse<String> response = client.post(TOKENS, null, JSON, BodyPublishers.ofString("{}"));

        assertTwilioError(response, 401, 20003);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Basic realm=\"Twilio API\"");
        assertThat(world.useCaseCalls.get()).isEqualTo(callsBefore);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Bearer abc", "Basic", "Basic !!!not-base64", "Basic bm8tY29sb24=", "Basic OnNlY3JldA==",
            "Basic QUMwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMTo="})
    void createTokenWhenCredentialsMalformedThen401(String authorization) {
        HttpResponse<String> response = client.post(TOKENS, authorization, JSON, BodyPublishers.ofString("{}"));

        assertTwilioError(response, 401, 20003);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Basic realm=\"Twilio API\"");
    }

    @Test
    void createTokenWhenSecretWrongOrAccountUnknownThenAnswersAreIdentical() {
        HttpResponse<String> wrongSecret = client.post(TOKENS, basic(ACCOUNT.value(), "wrong-token"), JSON,
                BodyPublishers.ofString("{}"));
        HttpResponse<String> unknownAccount = client.post(TOKENS, basic("AC" + "f".repeat(32),
                FakeWorld.AUTH_TOKEN), JSON, BodyPublishers.ofString("{}"));

        assertTwilioError(wrongSecret, 401, 20003);
        assertThat(unknownAccount.statusCode()).isEqualTo(wrongSecret.statusCode());
        assertThat(unknownAccount.body()).isEqualTo(wrongSecret.body());
        assertThat(unknownAccount.headers().allValues("WWW-Authenticate"))
                .isEqualTo(wrongSecret.headers().allValues("WWW-Authenticate"));
        assertThat(unknownAccount.body()).doesNotContain("wrong-token").doesNotContain(ACCOUNT.value());
    }

    @Test
    void createTokenWhenUnauthenticatedThenNeitherPathNorBodyIsLookedAt() {
        HttpResponse<String> response = client.post(tokens("GO-malformed", "FU-malformed"), null, "text/plain",
                BodyPublishers.ofString("not json"));

        assertTwilioError(response, 401, 20003);
    }

    @ParameterizedTest
    @ValueSource(strings = {"GO123", "go00000000000000000000000000000001", "AC00000000000000000000000000000001",
            "GO0000000000000000000000000000000g", "GO000000000000000000000000000000001"})
    void createTokenWhenInstanceSidMalformedThen404NamingIt(String instance) {
        int callsBefore = world.useCaseCalls.get();

        HttpResponse<String> response = client.postJson(tokens(instance, ACTIVE_USER.value()), "{\"ttl\":\"bad\"}");

        assertTwilioError(response, 404, 20404);
        assertThat(message(response)).contains("'InstanceSid'").doesNotContain(instance);
        assertThat(world.useCaseCalls.get()).isEqualTo(callsBefore);
    }

    @Test
    void createTokenWhenFlexUserSidMalformedThen404NamingIt() {
        HttpResponse<String> response = client.postJson(tokens(INSTANCE.value(), "FUxyz"), "{}");

        assertTwilioError(response, 404, 20404);
        assertThat(message(response)).contains("'FlexUserSid'");
    }

    @Test
    void createTokenWhenInstanceUnknownThen404() {
        HttpResponse<String> response = client.postJson(tokens("GO" + "a".repeat(32), ACTIVE_USER.value()), "{}");

        assertTwilioError(response, 404, 20404);
    }

    @Test
    void createTokenWhenInstanceOfAnotherAccountThen404NotForbidden() {
        HttpResponse<String> response = client.postJson(tokens(OTHER_INSTANCE.value(), ACTIVE_USER.value()), "{}");

        assertTwilioError(response, 404, 20404);
    }

    @Test
    void createTokenWhenUserUnknownThen404() {
        HttpResponse<String> response = client.postJson(tokens(INSTANCE.value(), UNKNOWN_USER.value()), "{}");

        assertTwilioError(response, 404, 20404);
        assertThat(message(response)).contains("'FlexUserSid'");
    }

    @Test
    void createTokenWhenUserDeactivatedThen403() {
        HttpResponse<String> response = client.postJson(tokens(INSTANCE.value(), DEACTIVATED_USER.value()), "{}");

        assertTwilioError(response, 403, 20403);
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"3600\"", "3600.0", "3.6e3", "36e2", "null", "true", "false", "[3600]",
            "{\"seconds\":3600}", "1e30"})
    void createTokenWhenTtlNotAJsonIntegerThen400NamingTtl(String ttl) {
        HttpResponse<String> response = client.postJson(TOKENS, "{\"ttl\":" + ttl + "}");

        assertTwilioError(response, 400, 20001);
        assertThat(message(response)).contains("'ttl'").contains("integer").doesNotContain(ttl);
    }

    @ParameterizedTest
    @ValueSource(strings = {"9223372036854775808", "99999999999999999999999", "-9223372036854775809"})
    void createTokenWhenTtlAnIntegerBeyondALongThen400SayingItIsOutOfRange(String ttl) {
        HttpResponse<String> response = client.postJson(TOKENS, "{\"ttl\":" + ttl + "}");

        assertTwilioError(response, 400, 20001);
        assertThat(message(response)).contains("'ttl'").contains("range").doesNotContain("must be an integer")
                .doesNotContain(ttl);
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 0, 59, 86_401})
    void createTokenWhenTtlOutsidePolicyThen400NamingTheRange(int ttl) {
        HttpResponse<String> response = client.postJson(TOKENS, "{\"ttl\":" + ttl + "}");

        assertTwilioError(response, 400, 20001);
        assertThat(message(response)).contains("'ttl'").contains("60").contains("86400");
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"ttl\":60,\"ttl\":70}", "{\"ttl\":60} {}", "{\"ttl\":60} x", "{\"ttl\":60}}",
            "[{\"ttl\":60}]", "\"ttl\"", "60", "null", "{\"ttl\":", "{ttl:60}", "{'ttl':60}", "   ",
            "{\"ttl\":060}", "{\"ttl\":NaN}", "{\"a\":1,} "})
    void createTokenWhenBodyIsNotExactlyOneJsonObjectThen400(String body) {
        HttpResponse<String> response = client.postJson(TOKENS, body);

        assertTwilioError(response, 400, 20001);
    }

    @Test
    void createTokenWhenBodyNestedTooDeeplyThen400SayingItExceedsTheParserLimits() {
        HttpResponse<String> response = client.postJson(TOKENS, "{\"x\":" + "[".repeat(5000) + "]".repeat(5000)
                + "}");

        assertTwilioError(response, 400, 20001);
        assertThat(message(response)).contains("limits").contains("1000").doesNotContain("valid JSON");
    }

    @Test
    void createTokenWhenUnknownFieldHoldsANumberOf1001DigitsThen400SayingItExceedsTheParserLimits() {
        HttpResponse<String> response = client.postJson(TOKENS, "{\"x\":" + "1".repeat(1001) + "}");

        assertTwilioError(response, 400, 20001);
        assertThat(message(response)).contains("limits").contains("1000").doesNotContain("valid JSON");
    }

    @Test
    void createTokenWhenUnknownFieldHoldsANumberOf1000DigitsThenCreated() {
        HttpResponse<String> response = client.postJson(TOKENS, "{\"x\":" + "1".repeat(1000) + "}");

        assertThat(response.statusCode()).isEqualTo(201);
    }

    @Test
    void createTokenWhenBodyIsNotUtf8Then400() {
        byte[] body = {'{', '"', 'x', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'};

        HttpResponse<String> response = client.postBytes(TOKENS, JSON, body);

        assertTwilioError(response, 400, 20001);
        assertThat(message(response)).contains("UTF-8");
    }

    @Test
    void createTokenWhenBodyIsUtf16Then400() {
        HttpResponse<String> response = client.postBytes(TOKENS, JSON,
                "{\"ttl\":60}".getBytes(StandardCharsets.UTF_16));

        assertTwilioError(response, 400, 20001);
    }

    @Test
    void createTokenWhenBodyAtTheLimitThenCreated() {
        HttpResponse<String> response = client.postBytes(TOKENS, JSON, paddedBody(HttpApi.DEFAULT_MAX_BODY_BYTES));

        assertThat(response.statusCode()).isEqualTo(201);
    }

    @Test
    void createTokenWhenContentLengthOverTheLimitThen413() {
        HttpResponse<String> response = client.postBytes(TOKENS, JSON,
                paddedBody(HttpApi.DEFAULT_MAX_BODY_BYTES + 1));

        assertTwilioError(response, 413, 20001);
    }

    @Test
    void createTokenWhenChunkedBodyOverTheLimitThen413() {
        HttpResponse<String> response = client.postChunked(TOKENS, paddedBody(HttpApi.DEFAULT_MAX_BODY_BYTES + 1));

        assertTwilioError(response, 413, 20001);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "text/plain", "application/x-www-form-urlencoded", "application/jsonx",
            "text/json", "application/problem+json"})
    void createTokenWhenNonEmptyBodyIsNotDeclaredJsonThen415(String contentType) {
        HttpResponse<String> response = client.post(TOKENS, ACCOUNT_AUTH, contentType.isEmpty() ? null : contentType,
                BodyPublishers.ofString("{\"ttl\":60}"));

        assertTwilioError(response, 415, 20001);
    }

    @Test
    void createTokenWhenMethodIsGetThen405WithAllow() {
        HttpResponse<String> response = client.get(TOKENS);

        assertTwilioError(response, 405, 20004);
        assertThat(response.headers().firstValue("Allow")).hasValueSatisfying(allow -> assertThat(allow)
                .contains("POST"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/v4/Instances", "/v4/Nothing/Here", "/nothing", "/v1/Accounts/" + "x" + "/Tokens"})
    void requestWhenPathUnknownThen404(String path) {
        HttpResponse<String> response = client.get(path);

        assertTwilioError(response, 404, 20404);
        assertThat(response.body()).doesNotContain("Javalin").doesNotContain("<html");
    }

    @Test
    void createTokenWhenStoreUnavailableThen503WithRetryAfter() {
        HttpResponse<String> response = client.postJson(tokens(INSTANCE.value(), STORE_DOWN_USER.value()), "{}");

        assertTwilioError(response, 503, 20503);
        assertThat(response.headers().firstValue("Retry-After")).hasValue("5");
    }

    @Test
    void createTokenWhenUseCaseFailsUnexpectedlyThen500QuotingTheCorrelationId() {
        HttpResponse<String> response = client.postJson(tokens(INSTANCE.value(), EXPLODING_USER.value()), "{}");

        assertTwilioError(response, 500, 20500);
        String requestId = response.headers().firstValue("X-Request-Id").orElseThrow();
        assertThat(message(response)).contains(requestId);
        assertThat(response.body()).doesNotContain("secret-detail").doesNotContain("IllegalState");
    }

    /** A JSON object of exactly {@code size} bytes. */
    private static byte[] paddedBody(int size) {
        String prefix = "{\"ttl\":60,\"pad\":\"";
        String suffix = "\"}";
        return (prefix + "a".repeat(size - prefix.length() - suffix.length()) + suffix)
                .getBytes(StandardCharsets.UTF_8);
    }
}
