package dev.flextoken.adapter.persistence.inmemory;

import dev.flextoken.domain.AccountSid;
import dev.flextoken.domain.FlexUser;
import dev.flextoken.domain.FlexUserSid;
import dev.flextoken.domain.InstanceSid;
import dev.flextoken.domain.Role;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/** The data set most tests start from: one account with one API key, one instance, one user (Jane). */
final class TestData {

    static final Instant LOADED_AT = Instant.parse("2025-10-23T15:22:26Z");
    static final Clock CLOCK = Clock.fixed(LOADED_AT, ZoneOffset.UTC);
    static final String SOURCE = "demo.json";

    static final String ACCOUNT_SID = "ACabcdef0123456789abcdef0123456789";
    static final String AUTH_TOKEN = "auth-token-7f3c9e1d2b4a6f8e0c1d3b5a7f9e2c4d";
    static final String API_KEY_SID = "SKfedcba9876543210fedcba9876543210";
    static final String API_KEY_SECRET = "api-key-secret-9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d";
    static final String INSTANCE_SID = "GO0123456789abcdef0123456789abcdef";
    static final String USER_SID = "FU00000000000000000000000000000001";

    static final String ACCOUNT_JSON = """
            {"sid": "%s", "auth_token": "%s", "api_keys": [{"sid": "%s", "secret": "%s"}]}"""
            .formatted(ACCOUNT_SID, AUTH_TOKEN, API_KEY_SID, API_KEY_SECRET);
    static final String INSTANCE_JSON = """
            {"sid": "%s", "account_sid": "%s", "ttl": {"default": 3600, "min": 60, "max": 86400},
             "role_permissions": {"agent": ["FPN9999", "FPN0000"]}}""".formatted(INSTANCE_SID, ACCOUNT_SID);
    static final String USER_JSON = """
            {"sid": "%s", "instance_sid": "%s", "username": "Jane", "identity": "Jane",
             "roles": ["agent"], "permissions": [], "deactivated": false}""".formatted(USER_SID, INSTANCE_SID);

    /** The sample of DESIGN §6, filled in. */
    static final String SAMPLE = data(ACCOUNT_JSON, INSTANCE_JSON, USER_JSON);

    private TestData() {
    }

    /** @return a data file of these array elements (each a comma-separated list of JSON values) */
    static String data(String accounts, String instances, String users) {
        return """
                {
                  "accounts": [%s],
                  "instances": [%s],
                  "users": [%s]
                }
                """.formatted(accounts, instances, users);
    }

    static InMemoryStore sampleStore() {
        return InMemoryStore.fromJson(SAMPLE, SOURCE, CLOCK, new SecureRandom());
    }

    static InstanceSid instance() {
        return new InstanceSid(INSTANCE_SID);
    }

    /** @return a SID whose hex is {@code n} in 32 digits, so that SIDs sort as their numbers do */
    static FlexUserSid userSid(long n) {
        return new FlexUserSid("FU" + "%032x".formatted(n));
    }

    /** @return a new active user of the sample instance, version 1 */
    static FlexUser newUser(FlexUserSid sid, String username) {
        return new FlexUser(sid, new AccountSid(ACCOUNT_SID), instance(), username, username, Optional.empty(),
                Optional.empty(), Optional.empty(), List.of(Role.AGENT), List.of(), Optional.empty(),
                Optional.empty(), Optional.empty(), false, Optional.empty(), LOADED_AT, LOADED_AT, 1,
                Optional.empty());
    }
}
