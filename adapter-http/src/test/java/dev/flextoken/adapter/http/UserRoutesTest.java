package dev.flextoken.adapter.http;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.URLEncoder;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import static dev.flextoken.adapter.http.ApiAssertions.assertTwilioError;
import static dev.flextoken.adapter.http.ApiAssertions.message;
import static dev.flextoken.adapter.http.FakeWorld.ACCOUNT;
import static dev.flextoken.adapter.http.FakeWorld.ACTIVE_USER;
import static dev.flextoken.adapter.http.FakeWorld.DEACTIVATED_USER;
import static dev.flextoken.adapter.http.FakeWorld.INSTANCE;
import static dev.flextoken.adapter.http.FakeWorld.OTHER_INSTANCE;
import static dev.flextoken.adapter.http.FakeWorld.STORE_DOWN_USER;
import static dev.flextoken.adapter.http.FakeWorld.UNKNOWN_USER;
import static dev.flextoken.adapter.http.TestClient.JSON;
import static org.assertj.core.api.Assertions.assertThat;

class UserRoutesTest extends RunningServerTest {

    private static final String USERS = "/v4/Instances/" + INSTANCE.value() + "/Users";

    /** U+1F600, outside the Basic Multilingual Plane: one code point, two UTF-16 chars. */
    private static final String EMOJI = new String(Character.toChars(0x1F600));

    @Test
    void fetchWhenUserExistsThenEveryFieldInOrder() {
        HttpResponse<String> response = client.get(USERS + "/" + ACTIVE_USER.value());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
        JsonNode user = TestClient.json(response);
        assertThat(TestClient.keys(user)).containsExactly("flex_user_sid", "account_sid", "instance_sid",
                "username", "identity", "full_name", "email", "locale", "roles", "permissions", "worker_sid",
                "workspace_sid", "flex_team_sid", "deactivated", "deactivated_date", "created_date",
                "updated_date", "version");
        assertThat(user.get("flex_user_sid").textValue()).isEqualTo(ACTIVE_USER.value());
        assertThat(user.get("account_sid").textValue()).isEqualTo(ACCOUNT.value());
        assertThat(user.get("full_name").textValue()).isEqualTo("Jane Doe");
        assertThat(user.get("email").isNull()).isTrue();
        assertThat(user.get("roles").toString()).isEqualTo("[\"agent\"]");
        assertThat(user.get("permissions").toString()).isEqualTo("[\"FPN9999\",\"FPN0000\"]");
        assertThat(user.get("worker_sid").textValue()).isEqualTo(FakeWorld.WORKER.value());
        assertThat(user.get("flex_team_sid").isNull()).isTrue();
        assertThat(user.get("deactivated").booleanValue()).isFalse();
        assertThat(user.get("deactivated_date").isNull()).isTrue();
        assertThat(user.get("created_date").textValue()).isEqualTo("2025-10-22T15:22:26Z");
        assertThat(user.get("updated_date").textValue()).isEqualTo("2025-10-23T15:22:26Z");
        assertThat(user.get("version").longValue()).isEqualTo(3);
    }

    @Test
    void fetchWhenUserDeactivatedThenShownWithItsDate() {
        JsonNode user = TestClient.json(client.get(USERS + "/" + DEACTIVATED_USER.value()));

        assertThat(user.get("deactivated").booleanValue()).isTrue();
        assertThat(user.get("deactivated_date").textValue()).isEqualTo("2025-10-23T15:22:26Z");
    }

    @Test
    void fetchWhenUserUnknownThen404NamingBothParameters() {
        HttpResponse<String> response = client.get(USERS + "/" + UNKNOWN_USER.value());

        assertTwilioError(response, 404, 20404);
        assertThat(message(response)).contains("'InstanceSid'").contains("'FlexUserSid'");
    }

    @Test
    void fetchWhenInstanceOfAnotherAccountThen404AsForAnUnknownUser() {
        HttpResponse<String> response = client.get("/v4/Instances/" + OTHER_INSTANCE.value() + "/Users/"
                + ACTIVE_USER.value());

        assertTwilioError(response, 404, 20404);
        assertThat(message(response)).isEqualTo(message(client.get(USERS + "/" + UNKNOWN_USER.value())));
    }

    @Test
    void fetchWhenUserSidMalformedThen404NamingIt() {
        HttpResponse<String> response = client.get(USERS + "/Jane");

        assertTwilioError(response, 404, 20404);
        assertThat(message(response)).contains("'FlexUserSid'");
    }

    @Test
    void fetchWhenStoreUnavailableThen503() {
        HttpResponse<String> response = client.get(USERS + "/" + STORE_DOWN_USER.value());

        assertTwilioError(response, 503, 20503);
        assertThat(response.headers().firstValue("Retry-After")).isPresent();
    }

    @Test
    void fetchWhenMethodIsDeleteThen405WithAllow() {
        HttpResponse<String> response = client.method("DELETE", USERS + "/" + ACTIVE_USER.value());

        assertTwilioError(response, 405, 20004);
        assertThat(response.headers().firstValue("Allow")).hasValueSatisfying(allow -> assertThat(allow)
                .contains("GET"));
    }

    @Test
    void provisionWhenUsernameIsNewThen201WithTheNewUser() {
        HttpResponse<String> response = client.postJson(USERS + "/Provision", "{\"username\":\"Mary\","
                + "\"full_name\":\"Mary Major\",\"email\":\"mary@example.com\",\"locale\":\"fr-FR\","
                + "\"roles\":[\"agent\",\"admin\",\"agent\"]}");

        assertThat(response.statusCode()).isEqualTo(201);
        JsonNode user = TestClient.json(response);
        assertThat(user.get("username").textValue()).isEqualTo("Mary");
        assertThat(user.get("identity").textValue()).isEqualTo("Mary");
        assertThat(user.get("email").textValue()).isEqualTo("mary@example.com");
        assertThat(user.get("locale").textValue()).isEqualTo("fr-FR");
        assertThat(user.get("roles").toString()).isEqualTo("[\"agent\",\"admin\"]");
    }

    @Test
    void provisionWhenUsernameExistsThen200WithTheUpdatedUser() {
        HttpResponse<String> response = client.postJson(USERS + "/Provision",
                "{\"username\":\"Jane\",\"roles\":[\"supervisor\"]}");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode user = TestClient.json(response);
        assertThat(user.get("flex_user_sid").textValue()).isEqualTo(ACTIVE_USER.value());
        assertThat(user.get("roles").toString()).isEqualTo("[\"supervisor\"]");
        assertThat(user.get("full_name").textValue()).isEqualTo("Jane Doe");
    }

    @ParameterizedTest
    @ValueSource(strings = {"{}", "{\"username\":null}", "{\"username\":\"\"}", "{\"username\":\"   \"}",
            "{\"username\":42}", "{\"username\":[\"Jane\"]}"})
    void provisionWhenUsernameMissingOrNotTextThen400NamingIt(String body) {
        HttpResponse<String> response = client.postJson(USERS + "/Provision", body);

        assertTwilioError(response, 400, 20001);
        assertThat(message(response)).contains("'username'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"username", "full_name", "email", "locale"})
    void provisionWhenStringLongerThan256Then400NamingTheField(String field) {
        String body = field.equals("username")
                ? "{\"username\":\"" + "x".repeat(257) + "\"}"
                : "{\"username\":\"Mary\",\"" + field + "\":\"" + "x".repeat(257) + "\"}";

        HttpResponse<String> response = client.postJson(USERS + "/Provision", body);

        assertTwilioError(response, 400, 20001);
        assertThat(message(response)).contains("'" + field + "'").contains("256");
    }

    @ParameterizedTest
    @ValueSource(strings = {"username", "full_name", "email", "locale"})
    void provisionWhenStringOf256CodePointsOutsideTheBmpThenCreated(String field) {
        // Each emoji is one code point but two UTF-16 chars: 256 characters, 512 chars.
        HttpResponse<String> response = client.postJson(USERS + "/Provision", body(field, EMOJI.repeat(256)));

        assertThat(response.statusCode()).as("status of %s", response.body()).isEqualTo(201);
    }

    @ParameterizedTest
    @ValueSource(strings = {"username", "full_name", "email", "locale"})
    void provisionWhenStringOf257CodePointsOutsideTheBmpThen400NamingTheField(String field) {
        HttpResponse<String> response = client.postJson(USERS + "/Provision", body(field, EMOJI.repeat(257)));

        assertTwilioError(response, 400, 20001);
        assertThat(message(response)).contains("'" + field + "'").contains("256");
    }

    /** A provisioning body with {@code value} in {@code field}, and a username when that is another field. */
    private static String body(String field, String value) {
        return field.equals("username")
                ? "{\"username\":\"" + value + "\"}"
                : "{\"username\":\"Mary\",\"" + field + "\":\"" + value + "\"}";
    }

    @ParameterizedTest
    @ValueSource(strings = {"full_name", "email", "locale"})
    void provisionWhenOptionalStringEmptyOrNotTextThen400NamingTheField(String field) {
        HttpResponse<String> empty = client.postJson(USERS + "/Provision",
                "{\"username\":\"Mary\",\"" + field + "\":\"\"}");
        HttpResponse<String> number = client.postJson(USERS + "/Provision",
                "{\"username\":\"Mary\",\"" + field + "\":7}");

        assertThat(message(assertTwilioErrorResponse(empty))).contains("'" + field + "'");
        assertThat(message(assertTwilioErrorResponse(number))).contains("'" + field + "'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"agent\"", "[\"owner\"]", "[\"Agent\"]", "[1]", "[null]", "{\"agent\":true}"})
    void provisionWhenRolesNotAnArrayOfKnownRolesThen400NamingRoles(String roles) {
        HttpResponse<String> response = client.postJson(USERS + "/Provision",
                "{\"username\":\"Mary\",\"roles\":" + roles + "}");

        assertTwilioError(response, 400, 20001);
        assertThat(message(response)).contains("'roles'");
    }

    @Test
    void provisionWhenInstanceOfAnotherAccountThen404() {
        HttpResponse<String> response = client.postJson("/v4/Instances/" + OTHER_INSTANCE.value()
                + "/Users/Provision", "{\"username\":\"Mary\"}");

        assertTwilioError(response, 404, 20404);
    }

    @Test
    void provisionWhenBodyNotJsonTypedThen415() {
        HttpResponse<String> response = client.post(USERS + "/Provision", TestClient.ACCOUNT_AUTH,
                "text/plain", BodyPublishers.ofString("{\"username\":\"Mary\"}"));

        assertTwilioError(response, 415, 20001);
    }

    @Test
    void deprovisionWhenUserExistsThen204WithoutBodyOrContentType() {
        HttpResponse<String> response = client.postJson(USERS + "/Deprovision",
                "{\"flex_user_sid\":\"" + ACTIVE_USER.value() + "\"}");

        assertThat(response.statusCode()).isEqualTo(204);
        assertThat(response.body()).isEmpty();
        assertThat(response.headers().firstValue("Content-Type")).isEmpty();
        assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
    }

    @ParameterizedTest
    @ValueSource(strings = {"{}", "{\"flex_user_sid\":null}", "{\"flex_user_sid\":\"FU123\"}",
            "{\"flex_user_sid\":\"GO00000000000000000000000000000001\"}", "{\"flex_user_sid\":1}"})
    void deprovisionWhenSidMissingOrMalformedThen400NamingTheField(String body) {
        HttpResponse<String> response = client.postJson(USERS + "/Deprovision", body);

        assertTwilioError(response, 400, 20001);
        assertThat(message(response)).contains("'flex_user_sid'");
    }

    @Test
    void deprovisionWhenUserUnknownThen404NamingBothParameters() {
        HttpResponse<String> response = client.postJson(USERS + "/Deprovision",
                "{\"flex_user_sid\":\"" + UNKNOWN_USER.value() + "\"}");

        assertTwilioError(response, 404, 20404);
        assertThat(message(response)).contains("'InstanceSid'").contains("'flex_user_sid'");
    }

    @Test
    void deprovisionWhenInstanceOfAnotherAccountThen404AsForAnUnknownUser() {
        HttpResponse<String> response = client.postJson("/v4/Instances/" + OTHER_INSTANCE.value()
                + "/Users/Deprovision", "{\"flex_user_sid\":\"" + ACTIVE_USER.value() + "\"}");
        HttpResponse<String> unknownUser = client.postJson(USERS + "/Deprovision",
                "{\"flex_user_sid\":\"" + UNKNOWN_USER.value() + "\"}");

        assertTwilioError(response, 404, 20404);
        assertThat(message(response)).isEqualTo(message(unknownUser));
    }

    @Test
    void deprovisionWhenInstanceSidMalformedThen404NamingIt() {
        HttpResponse<String> response = client.postJson("/v4/Instances/GO1/Users/Deprovision",
                "{\"flex_user_sid\":\"" + ACTIVE_USER.value() + "\"}");

        assertTwilioError(response, 404, 20404);
        assertThat(message(response)).contains("'InstanceSid'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"GET /Provision", "PUT /Provision", "DELETE /Provision", "PATCH /Provision",
            "GET /Deprovision", "PUT /Deprovision", "DELETE /Deprovision", "OPTIONS /Deprovision"})
    void provisionOrDeprovisionWhenMethodIsNotPostThen405AllowingPostOnly(String methodAndPath) {
        String[] request = methodAndPath.split(" ");
        int callsBefore = world.useCaseCalls.get();

        HttpResponse<String> response = client.method(request[0], USERS + request[1]);

        // Not the fetch route with a FlexUserSid that cannot be one, nor an Allow listing that route's GET.
        assertTwilioError(response, 405, 20004);
        assertThat(response.headers().allValues("Allow")).containsExactly("POST");
        assertThat(world.useCaseCalls.get()).isEqualTo(callsBefore);
    }

    @Test
    void provisionWhenMethodIsHeadThen405AllowingPostOnly() {
        HttpResponse<String> response = client.head(USERS + "/Provision", TestClient.ACCOUNT_AUTH);

        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(response.headers().allValues("Allow")).containsExactly("POST");
    }

    @Test
    void provisionWhenMethodIsGetAndUnauthenticatedThen401First() {
        HttpResponse<String> response = client.get(USERS + "/Provision", null);

        assertTwilioError(response, 401, 20003);
        assertThat(response.headers().firstValue("Allow")).isEmpty();
    }

    @Test
    void listWhenNoQueryThenFirstPageWithTwilioMeta() {
        HttpResponse<String> response = client.get(USERS);

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = TestClient.json(response);
        assertThat(TestClient.keys(body)).containsExactly("users", "meta");
        assertThat(body.get("users")).hasSize(1);
        assertThat(body.at("/users/0/flex_user_sid").textValue()).isEqualTo(ACTIVE_USER.value());
        JsonNode meta = body.get("meta");
        assertThat(TestClient.keys(meta)).containsExactly("page_size", "key", "url", "first_page_url",
                "next_page_url", "previous_page_url", "next_page_token");
        String base = "http://127.0.0.1:" + server.port() + USERS;
        assertThat(meta.get("page_size").intValue()).isEqualTo(50);
        assertThat(meta.get("key").textValue()).isEqualTo("users");
        assertThat(meta.get("url").textValue()).isEqualTo(base + "?PageSize=50");
        assertThat(meta.get("first_page_url").textValue()).isEqualTo(base + "?PageSize=50");
        assertThat(meta.get("next_page_url").isNull()).isTrue();
        assertThat(meta.get("previous_page_url").isNull()).isTrue();
        assertThat(meta.get("next_page_token").isNull()).isTrue();
    }

    @Test
    void listWhenMorePagesThenNextPageUrlAndTokenLeadToThem() {
        JsonNode first = TestClient.json(client.get(USERS + "?PageSize=1"));
        String base = "http://127.0.0.1:" + server.port() + USERS;

        assertThat(first.at("/meta/next_page_token").textValue()).isEqualTo(FakeWorld.SECOND_PAGE);
        assertThat(first.at("/meta/next_page_url").textValue())
                .isEqualTo(base + "?PageSize=1&PageToken=" + FakeWorld.SECOND_PAGE);

        JsonNode second = TestClient.json(client.get(USERS + "?PageSize=1&PageToken=" + FakeWorld.SECOND_PAGE));
        assertThat(second.at("/users/0/flex_user_sid").textValue()).isEqualTo(DEACTIVATED_USER.value());
        assertThat(second.at("/meta/url").textValue())
                .isEqualTo(base + "?PageSize=1&PageToken=" + FakeWorld.SECOND_PAGE);
        assertThat(second.at("/meta/first_page_url").textValue()).isEqualTo(base + "?PageSize=1");
        assertThat(second.at("/meta/next_page_url").isNull()).isTrue();
    }

    @Test
    void listWhenUsernameGivenThenZeroOrOneUser() {
        JsonNode found = TestClient.json(client.get(USERS + "?Username=Jane"));
        JsonNode missing = TestClient.json(client.get(USERS + "?Username=Nobody%20Here"));

        assertThat(found.get("users")).hasSize(1);
        assertThat(missing.get("users")).isEmpty();
        assertThat(missing.at("/meta/url").textValue()).endsWith("?Username=Nobody+Here&PageSize=50");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "1001", "-1", "abc", "10.5", "", "1e2", "99999999999999999999"})
    void listWhenPageSizeInvalidThen400NamingIt(String pageSize) {
        HttpResponse<String> response = client.get(USERS + "?PageSize=" + pageSize);

        assertTwilioError(response, 400, 20001);
        assertThat(message(response)).contains("'PageSize'");
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 1000})
    void listWhenPageSizeAtTheBoundsThen200(int pageSize) {
        HttpResponse<String> response = client.get(USERS + "?PageSize=" + pageSize);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(TestClient.json(response).at("/meta/page_size").intValue()).isEqualTo(pageSize);
    }

    @Test
    void listWhenPageTokenUnknownThen400NamingIt() {
        HttpResponse<String> response = client.get(USERS + "?PageToken=forged");

        assertTwilioError(response, 400, 20001);
        assertThat(message(response)).contains("'PageToken'").doesNotContain("forged");
    }

    @Test
    void listWhenUsernameOf256CodePointsOutsideTheBmpThen200() {
        HttpResponse<String> response = client.get(USERS + "?Username="
                + URLEncoder.encode(EMOJI.repeat(256), StandardCharsets.UTF_8));

        assertThat(response.statusCode()).as("status of %s", response.body()).isEqualTo(200);
    }

    @Test
    void listWhenUsernameOf257CodePointsThen400NamingIt() {
        HttpResponse<String> response = client.get(USERS + "?Username="
                + URLEncoder.encode(EMOJI.repeat(257), StandardCharsets.UTF_8));

        assertTwilioError(response, 400, 20001);
        assertThat(message(response)).contains("'Username'").contains("256");
    }

    @Test
    void listWhenUsernameEmptyThen400NamingIt() {
        HttpResponse<String> response = client.get(USERS + "?Username=");

        assertTwilioError(response, 400, 20001);
        assertThat(message(response)).contains("'Username'");
    }

    @Test
    void listWhenInstanceOfAnotherAccountThen404() {
        assertTwilioError(client.get("/v4/Instances/" + OTHER_INSTANCE.value() + "/Users"), 404, 20404);
    }

    @Test
    void listWhenUnauthenticatedThen401() {
        HttpResponse<String> response = client.get(USERS, null);

        assertTwilioError(response, 401, 20003);
        assertThat(response.body()).doesNotContain("Jane");
    }

    private static HttpResponse<String> assertTwilioErrorResponse(HttpResponse<String> response) {
        assertTwilioError(response, 400, 20001);
        return response;
    }

    @Test
    void provisionWhenApiJsonThenContentTypeIsJson() {
        HttpResponse<String> response = client.post(USERS + "/Provision", TestClient.ACCOUNT_AUTH, JSON,
                BodyPublishers.ofString("{\"username\":\"Mary\"}"));

        assertThat(response.statusCode()).isEqualTo(201);
        ApiAssertions.assertJsonContentType(response);
    }
}
