package dev.flextoken.adapter.http;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;

import static dev.flextoken.adapter.http.ApiAssertions.assertTwilioError;
import static dev.flextoken.adapter.http.ApiAssertions.message;
import static dev.flextoken.adapter.http.FakeWorld.ACCOUNT;
import static dev.flextoken.adapter.http.FakeWorld.OTHER_ACCOUNT;
import static dev.flextoken.adapter.http.TestClient.JSON;
import static org.assertj.core.api.Assertions.assertThat;

class ValidateRouteTest extends RunningServerTest {

    private static final String VALIDATE = "/v1/Accounts/" + ACCOUNT.value() + "/Tokens/validate";

    @Test
    void validateWhenTokenValidThenWhatTheValidatorPackageReads() {
        HttpResponse<String> response = client.postJson(VALIDATE, "{\"token\":\"" + FakeWorld.GOOD_TOKEN + "\"}");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = TestClient.json(response);
        assertThat(TestClient.keys(body)).containsExactly("valid", "code", "message", "expiration",
                "realm_user_id", "identity", "roles", "worker_sid", "flex_user_sid", "flex_instance_sid",
                "permissions");
        assertThat(body.get("valid").booleanValue()).isTrue();
        assertThat(body.get("code").intValue()).isZero();
        assertThat(body.get("message").isNull()).isTrue();
        assertThat(body.get("expiration").textValue()).isEqualTo("2025-10-23T16:22:26Z");
        assertThat(body.get("realm_user_id").textValue()).isEqualTo("Jane");
        assertThat(body.get("identity").textValue()).isEqualTo("Jane");
        assertThat(body.get("roles").toString()).isEqualTo("[\"agent\"]");
        assertThat(body.get("worker_sid").textValue()).isEqualTo(FakeWorld.WORKER.value());
        assertThat(body.get("flex_user_sid").textValue()).isEqualTo(FakeWorld.ACTIVE_USER.value());
        assertThat(body.get("flex_instance_sid").textValue()).isEqualTo(FakeWorld.INSTANCE.value());
        assertThat(body.get("permissions").toString()).isEqualTo("[\"FPN9999\",\"FPN0000\"]");
    }

    @Test
    void validateWhenTokenExpiredThen200NotValidWithCodeAndMessage() {
        HttpResponse<String> response = client.postJson(VALIDATE, "{\"token\":\"" + FakeWorld.EXPIRED_TOKEN
                + "\"}");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = TestClient.json(response);
        assertThat(TestClient.keys(body)).containsExactly("valid", "code", "message");
        assertThat(body.get("valid").booleanValue()).isFalse();
        assertThat(body.get("code").intValue()).isEqualTo(20104);
        assertThat(body.get("message").textValue()).isEqualTo("The token has expired");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "garbage", "a.b.c.d.e"})
    void validateWhenTokenMalformedThen200NotValid(String token) {
        HttpResponse<String> response = client.postJson(VALIDATE, "{\"token\":\"" + token + "\"}");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(TestClient.json(response).get("code").intValue()).isEqualTo(20101);
    }

    @ParameterizedTest
    @ValueSource(strings = {"{}", "{\"token\":null}", "{\"token\":42}", "{\"token\":[\"x\"]}"})
    void validateWhenTokenMissingOrNotAStringThen400NamingIt(String body) {
        HttpResponse<String> response = client.postJson(VALIDATE, body);

        assertTwilioError(response, 400, 20001);
        assertThat(message(response)).contains("'token'");
    }

    @Test
    void validateWhenPathNamesAnotherAccountThen404() {
        HttpResponse<String> response = client.postJson("/v1/Accounts/" + OTHER_ACCOUNT.value()
                + "/Tokens/validate", "{\"token\":\"" + FakeWorld.GOOD_TOKEN + "\"}");

        assertTwilioError(response, 404, 20404);
    }

    @Test
    void validateWhenAccountSidMalformedThen404NamingIt() {
        HttpResponse<String> response = client.postJson("/v1/Accounts/ACnope/Tokens/validate", "{\"token\":\"x\"}");

        assertTwilioError(response, 404, 20404);
        assertThat(message(response)).contains("'AccountSid'");
    }

    @Test
    void validateWhenApiKeyOfTheAccountThenValid() {
        HttpResponse<String> response = client.post(VALIDATE, TestClient.basic(FakeWorld.API_KEY,
                FakeWorld.API_KEY_SECRET), JSON, BodyPublishers.ofString("{\"token\":\"" + FakeWorld.GOOD_TOKEN
                + "\"}"));

        assertThat(TestClient.json(response).get("valid").booleanValue()).isTrue();
    }

    @Test
    void validateWhenUnauthenticatedThen401WithMessageTheValidatorRejectsWith() {
        HttpResponse<String> response = client.post(VALIDATE, null, JSON, BodyPublishers.ofString("{}"));

        JsonNode body = assertTwilioError(response, 401, 20003);
        assertThat(body.get("valid")).isNull();
    }

    @Test
    void validateWhenMethodIsGetThen405() {
        assertTwilioError(client.get(VALIDATE), 405, 20004);
    }
}
