package dev.flextoken.adapter.persistence.inmemory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.security.SecureRandom;
import java.util.stream.Stream;

import static dev.flextoken.adapter.persistence.inmemory.TestData.ACCOUNT_JSON;
import static dev.flextoken.adapter.persistence.inmemory.TestData.ACCOUNT_SID;
import static dev.flextoken.adapter.persistence.inmemory.TestData.API_KEY_SID;
import static dev.flextoken.adapter.persistence.inmemory.TestData.CLOCK;
import static dev.flextoken.adapter.persistence.inmemory.TestData.INSTANCE_JSON;
import static dev.flextoken.adapter.persistence.inmemory.TestData.INSTANCE_SID;
import static dev.flextoken.adapter.persistence.inmemory.TestData.SAMPLE;
import static dev.flextoken.adapter.persistence.inmemory.TestData.SOURCE;
import static dev.flextoken.adapter.persistence.inmemory.TestData.USER_JSON;
import static dev.flextoken.adapter.persistence.inmemory.TestData.USER_SID;
import static dev.flextoken.adapter.persistence.inmemory.TestData.data;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class DataFileValidationTest {

    private static final String OTHER_USER_SID = "FU" + "f".repeat(32);
    private static final String SID_SHAPE = "must be a SID of 34 characters: '%s' followed by 32 hexadecimal digits";

    /** A data file that breaks one rule, the JSON path it must be blamed on, and how the message goes on. */
    static Stream<Arguments> badDataFiles() {
        return Stream.of(
                Arguments.of("syntax error", "{\"accounts\": [}", "accounts",
                        "is not valid JSON, at line 1, column 15"),
                Arguments.of("cut short", "{\"accounts\": [", "accounts",
                        "ends before the JSON is complete"),
                Arguments.of("comma missing", "{\"accounts\": [{} {}]}", "accounts[1]",
                        "is not valid JSON, at line 1, column 18"),
                Arguments.of("comment", "{\"accounts\": [], // none\n \"instances\": [], \"users\": []}", "accounts",
                        "is not valid JSON, at line 1, column 18"),
                Arguments.of("empty", "  ", "", "is empty; expected a JSON object"),
                Arguments.of("top level not an object", "[]", "",
                        "must be a JSON object with the arrays accounts, instances and users"),
                Arguments.of("content after the top level", SAMPLE + "{}", "",
                        "has more content after the top-level value, at line 8, column 1"),
                Arguments.of("duplicate key", SAMPLE.replace("\"username\": \"Jane\"",
                        "\"username\": \"Jane\", \"username\": \"Joe\""), "users[0].username",
                        "appears twice in the same object, at line 5"),
                Arguments.of("no users array", "{\"accounts\": [], \"instances\": []}", "users", "is required"),
                Arguments.of("accounts not an array", "{\"accounts\": {}, \"instances\": [], \"users\": []}",
                        "accounts", "must be an array"),
                Arguments.of("account not an object", data("42", "", ""), "accounts[0]", "must be an object"),
                Arguments.of("auth token missing", data("{\"sid\": \"" + ACCOUNT_SID + "\"}", "", ""),
                        "accounts[0].auth_token", "is required"),
                Arguments.of("auth token a number", data("{\"sid\": \"" + ACCOUNT_SID + "\", \"auth_token\": 7}",
                        "", ""), "accounts[0].auth_token", "must be a string"),
                Arguments.of("account SID of another prefix", SAMPLE.replace("\"sid\": \"" + ACCOUNT_SID,
                        "\"sid\": \"SK" + ACCOUNT_SID.substring(2)), "accounts[0].sid", SID_SHAPE.formatted("AC")),
                Arguments.of("API key SID too short", SAMPLE.replace(API_KEY_SID, "SK1234"),
                        "accounts[0].api_keys[0].sid", SID_SHAPE.formatted("SK")),
                Arguments.of("instance SID with non-ASCII digits", SAMPLE.replace("\"sid\": \"" + INSTANCE_SID,
                        "\"sid\": \"GO" + "\uff11".repeat(32)), "instances[0].sid", SID_SHAPE.formatted("GO")),
                Arguments.of("user's instance SID malformed", SAMPLE.replace("\"instance_sid\": \"" + INSTANCE_SID,
                        "\"instance_sid\": \"GOxyz"), "users[0].instance_sid", SID_SHAPE.formatted("GO")),
                Arguments.of("worker SID of another prefix", SAMPLE.replace("\"deactivated\"",
                        "\"worker_sid\": \"WS" + "0".repeat(32) + "\", \"deactivated\""), "users[0].worker_sid",
                        SID_SHAPE.formatted("WK")),
                Arguments.of("duplicate account", data(ACCOUNT_JSON + ", {\"sid\": \"" + ACCOUNT_SID
                        + "\", \"auth_token\": \"t\"}", "", ""), "accounts[1].sid", "duplicates accounts[0].sid"),
                Arguments.of("API key in two accounts", data(ACCOUNT_JSON + ", {\"sid\": \"AC" + "1".repeat(32)
                                + "\", \"auth_token\": \"t\", \"api_keys\": [{\"sid\": \"" + API_KEY_SID
                                + "\", \"secret\": \"s\"}]}", "", ""),
                        "accounts[1].api_keys[0].sid", "duplicates accounts[0].api_keys[0].sid"),
                Arguments.of("instance of an unknown account", SAMPLE.replace("\"account_sid\": \"" + ACCOUNT_SID,
                        "\"account_sid\": \"AC" + "1".repeat(32)), "instances[0].account_sid",
                        "names AC" + "1".repeat(32) + ", which is not among the accounts"),
                Arguments.of("duplicate instance", data(ACCOUNT_JSON, INSTANCE_JSON + ", " + INSTANCE_JSON, ""),
                        "instances[1].sid", "duplicates instances[0].sid"),
                Arguments.of("user of an unknown instance", SAMPLE.replace("\"instance_sid\": \"" + INSTANCE_SID,
                        "\"instance_sid\": \"GO" + "1".repeat(32)), "users[0].instance_sid",
                        "names GO" + "1".repeat(32) + ", which is not among the instances"),
                Arguments.of("duplicate user SID", data(ACCOUNT_JSON, INSTANCE_JSON,
                        USER_JSON + ", " + USER_JSON.replace("Jane", "Joe")), "users[1].sid",
                        "duplicates users[0].sid"),
                Arguments.of("duplicate username in an instance", data(ACCOUNT_JSON, INSTANCE_JSON,
                        USER_JSON + ", " + USER_JSON.replace(USER_SID, OTHER_USER_SID)), "users[1].username",
                        "duplicates users[0].username in the same instance"),
                Arguments.of("username missing", SAMPLE.replace("\"username\": \"Jane\", ", ""),
                        "users[0].username", "is required"),
                Arguments.of("username empty", SAMPLE.replace("\"username\": \"Jane\"", "\"username\": \"\""),
                        "users[0].username", "must be a string of 1 to 256 characters, not only blanks"),
                Arguments.of("identity blank", SAMPLE.replace("\"identity\": \"Jane\"", "\"identity\": \"   \""),
                        "users[0].identity", "must be a string of 1 to 256 characters, not only blanks"),
                Arguments.of("full name too long", SAMPLE.replace("\"deactivated\"",
                        "\"full_name\": \"" + "x".repeat(257) + "\", \"deactivated\""), "users[0].full_name",
                        "must be a string of 1 to 256 characters, not only blanks"),
                Arguments.of("unknown role", SAMPLE.replace("[\"agent\"]", "[\"agent\", \"boss\"]"),
                        "users[0].roles[1]", "is not a role; expected one of agent, supervisor, admin"),
                Arguments.of("role repeated", SAMPLE.replace("[\"agent\"]", "[\"agent\", \"agent\"]"),
                        "users[0].roles[1]", "repeats a role given before"),
                Arguments.of("roles not an array", SAMPLE.replace("[\"agent\"]", "\"agent\""),
                        "users[0].roles", "must be an array"),
                Arguments.of("permission not a string", SAMPLE.replace("\"permissions\": []",
                        "\"permissions\": [\"FPN1\", 2]"), "users[0].permissions[1]", "must be a string"),
                Arguments.of("deactivated not a boolean", SAMPLE.replace("\"deactivated\": false",
                        "\"deactivated\": \"no\""), "users[0].deactivated", "must be true or false"),
                Arguments.of("role table of an unknown role", SAMPLE.replace("{\"agent\": [", "{\"boss\": ["),
                        "instances[0].role_permissions.boss",
                        "is not a role; expected one of agent, supervisor, admin"),
                Arguments.of("role table entry not an array", SAMPLE.replace("{\"agent\": [\"FPN9999\", \"FPN0000\"]}",
                        "{\"agent\": \"FPN9999\"}"), "instances[0].role_permissions.agent",
                        "must be an array of strings"),
                Arguments.of("ttl without max", SAMPLE.replace(", \"max\": 86400", ""), "instances[0].ttl.max",
                        "is required: an instance's ttl gives all of default, min and max, in seconds"),
                Arguments.of("ttl max below min", SAMPLE.replace("\"max\": 86400", "\"max\": 59"),
                        "instances[0].ttl.max", "must not be below ttl.min (60)"),
                Arguments.of("ttl default out of bounds", SAMPLE.replace("\"default\": 3600", "\"default\": 30"),
                        "instances[0].ttl.default", "must lie between ttl.min (60) and ttl.max (86400)"),
                Arguments.of("ttl min not whole", SAMPLE.replace("\"min\": 60", "\"min\": 60.5"),
                        "instances[0].ttl.min", "must be a whole number of seconds"),
                Arguments.of("ttl default a string", SAMPLE.replace("\"default\": 3600", "\"default\": \"3600\""),
                        "instances[0].ttl.default", "must be a whole number of seconds"),
                Arguments.of("ttl not an object", SAMPLE.replace("{\"default\": 3600, \"min\": 60, \"max\": 86400}",
                        "3600"), "instances[0].ttl", "must be an object"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badDataFiles")
    void fromJsonWhenDataBreaksARuleThenMessageNamesSourceAndPath(String rule, String json, String path,
                                                                   String problem) {
        InvalidDataFileException failure = catchThrowableOfType(InvalidDataFileException.class,
                () -> InMemoryStore.fromJson(json, SOURCE, CLOCK, new SecureRandom()));

        assertThat(failure).as(rule).isNotNull();
        assertThat(failure.source()).isEqualTo(SOURCE);
        assertThat(failure.jsonPath()).isEqualTo(path);
        assertThat(failure.getMessage()).startsWith(path.isEmpty() ? SOURCE + ": " : SOURCE + ": " + path + ": ")
                .contains(problem);
    }

    @Test
    void fromJsonWhenUserInstanceSidMalformedThenMessageIsExactlyPathAndShape() {
        String json = SAMPLE.replace("\"instance_sid\": \"" + INSTANCE_SID, "\"instance_sid\": \"GO123");

        InvalidDataFileException failure = catchThrowableOfType(InvalidDataFileException.class,
                () -> InMemoryStore.fromJson(json, SOURCE, CLOCK, new SecureRandom()));

        assertThat(failure).hasMessage("demo.json: users[0].instance_sid: "
                + "must be a SID of 34 characters: 'GO' followed by 32 hexadecimal digits");
    }

    @Test
    void fromJsonWhenSampleFilledInThenLoadsWithoutFailure() {
        InMemoryStore store = InMemoryStore.fromJson(SAMPLE, SOURCE, CLOCK, new SecureRandom());

        assertThat(store.toString()).contains("instances=1", "users=1");
    }
}
