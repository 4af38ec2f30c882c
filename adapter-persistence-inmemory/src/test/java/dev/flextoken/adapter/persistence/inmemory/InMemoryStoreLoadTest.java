package dev.flextoken.adapter.persistence.inmemory;

import dev.flextoken.domain.AccountSid;
import dev.flextoken.domain.FlexInstance;
import dev.flextoken.domain.FlexTeamSid;
import dev.flextoken.domain.FlexUser;
import dev.flextoken.domain.FlexUserSid;
import dev.flextoken.domain.InstanceSid;
import dev.flextoken.domain.Role;
import dev.flextoken.domain.TtlPolicy;
import dev.flextoken.domain.WorkerSid;
import dev.flextoken.domain.WorkspaceSid;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Optional;

import static dev.flextoken.adapter.persistence.inmemory.TestData.ACCOUNT_JSON;
import static dev.flextoken.adapter.persistence.inmemory.TestData.ACCOUNT_SID;
import static dev.flextoken.adapter.persistence.inmemory.TestData.CLOCK;
import static dev.flextoken.adapter.persistence.inmemory.TestData.INSTANCE_SID;
import static dev.flextoken.adapter.persistence.inmemory.TestData.LOADED_AT;
import static dev.flextoken.adapter.persistence.inmemory.TestData.SAMPLE;
import static dev.flextoken.adapter.persistence.inmemory.TestData.USER_SID;
import static dev.flextoken.adapter.persistence.inmemory.TestData.data;
import static dev.flextoken.adapter.persistence.inmemory.TestData.instance;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InMemoryStoreLoadTest {

    @Test
    void fromJsonWhenSampleThenLoadsInstanceWithItsPolicyAndRoleTable() {
        InMemoryStore store = TestData.sampleStore();

        FlexInstance loaded = store.loadInstance(instance()).orElseThrow();

        assertThat(loaded.accountSid()).isEqualTo(new AccountSid(ACCOUNT_SID));
        assertThat(loaded.ttlOverride()).contains(new TtlPolicy(3600, 60, 86_400));
        assertThat(loaded.rolePermissions().grantedTo(Role.AGENT)).containsExactly("FPN9999", "FPN0000");
        assertThat(store.isReady()).isTrue();
    }

    @Test
    void fromJsonWhenSampleThenLoadsUserAtLoadTimeAsVersionOne() {
        InMemoryStore store = TestData.sampleStore();

        FlexUser jane = store.loadUser(instance(), new FlexUserSid(USER_SID)).orElseThrow();

        assertThat(jane.username()).isEqualTo("Jane");
        assertThat(jane.identity()).isEqualTo("Jane");
        assertThat(jane.accountSid()).isEqualTo(new AccountSid(ACCOUNT_SID));
        assertThat(jane.roles()).containsExactly(Role.AGENT);
        assertThat(jane.permissions(store.loadInstance(instance()).orElseThrow()))
                .containsExactly("FPN9999", "FPN0000");
        assertThat(jane.isActive()).isTrue();
        assertThat(jane.createdDate()).isEqualTo(LOADED_AT);
        assertThat(jane.updatedDate()).isEqualTo(LOADED_AT);
        assertThat(jane.version()).isEqualTo(1);
        assertThat(jane.tokensRevokedBefore()).isEmpty();
    }

    @Test
    void fromJsonWhenOptionalFieldsLeftOutThenDefaultsApply() {
        String minimal = data(ACCOUNT_JSON,
                "{\"sid\": \"" + INSTANCE_SID + "\", \"account_sid\": \"" + ACCOUNT_SID + "\"}",
                "{\"sid\": \"" + USER_SID + "\", \"instance_sid\": \"" + INSTANCE_SID + "\", \"username\": \"bob\"}");

        InMemoryStore store = InMemoryStore.fromJson(minimal, "minimal.json", CLOCK, new SecureRandom());

        FlexInstance loaded = store.loadInstance(instance()).orElseThrow();
        FlexUser bob = store.loadUser(instance(), new FlexUserSid(USER_SID)).orElseThrow();
        assertThat(loaded.ttlOverride()).isEmpty();
        assertThat(loaded.rolePermissions().asMap()).isEmpty();
        assertThat(bob.identity()).isEqualTo("bob");
        assertThat(bob.roles()).isEmpty();
        assertThat(bob.ownPermissions()).isEmpty();
        assertThat(bob.fullName()).isEmpty();
        assertThat(bob.workerSid()).isEmpty();
        assertThat(bob.deactivated()).isFalse();
    }

    @Test
    void fromJsonWhenEveryUserFieldGivenThenKeepsThemAll() {
        String worker = "WK" + "a".repeat(32);
        String workspace = "WS" + "B".repeat(32);
        String team = "QO" + "c".repeat(32);
        String user = """
                {"sid": "%s", "instance_sid": "%s", "username": "jdoe", "identity": "jane.doe",
                 "full_name": "Jane Doe", "email": "jane@example.com", "locale": "en-US",
                 "roles": ["supervisor", "admin"], "permissions": ["FPN1234"],
                 "worker_sid": "%s", "workspace_sid": "%s", "flex_team_sid": "%s", "shoe_size": 38}"""
                .formatted(USER_SID, INSTANCE_SID, worker, workspace, team);

        InMemoryStore store = InMemoryStore.fromJson(data(ACCOUNT_JSON, TestData.INSTANCE_JSON, user), "full.json",
                CLOCK, new SecureRandom());

        FlexUser loaded = store.loadUser(instance(), new FlexUserSid(USER_SID)).orElseThrow();
        assertThat(loaded.identity()).isEqualTo("jane.doe");
        assertThat(loaded.fullName()).contains("Jane Doe");
        assertThat(loaded.email()).contains("jane@example.com");
        assertThat(loaded.locale()).contains("en-US");
        assertThat(loaded.roles()).containsExactly(Role.SUPERVISOR, Role.ADMIN);
        assertThat(loaded.ownPermissions()).containsExactly("FPN1234");
        assertThat(loaded.workerSid()).contains(new WorkerSid(worker));
        assertThat(loaded.workspaceSid()).contains(new WorkspaceSid(workspace));
        assertThat(loaded.flexTeamSid()).contains(new FlexTeamSid(team));
    }

    @Test
    void fromJsonWhenUserDeactivatedThenRevokesItsTokensAtLoadTime() {
        String user = TestData.USER_JSON.replace("\"deactivated\": false", "\"deactivated\": true");

        InMemoryStore store = InMemoryStore.fromJson(data(ACCOUNT_JSON, TestData.INSTANCE_JSON, user), "off.json",
                CLOCK, new SecureRandom());

        FlexUser loaded = store.loadUser(instance(), new FlexUserSid(USER_SID)).orElseThrow();
        assertThat(loaded.isActive()).isFalse();
        assertThat(loaded.deactivatedDate()).contains(LOADED_AT);
        assertThat(loaded.tokensRevokedBefore()).contains(LOADED_AT);
    }

    @Test
    void fromJsonWhenSidsInUpperCaseHexThenStoresThemInLowerCase() {
        String upper = SAMPLE.replace(INSTANCE_SID, "GO0123456789ABCDEF0123456789ABCDEF");

        InMemoryStore store = InMemoryStore.fromJson(upper, "upper.json", CLOCK, new SecureRandom());

        assertThat(store.loadInstance(new InstanceSid(INSTANCE_SID))).isPresent();
        assertThat(store.loadUser(instance(), new FlexUserSid(USER_SID))).isPresent();
    }

    @Test
    void fromJsonWhenSameUsernameInTwoInstancesThenLoadsBoth() {
        String otherInstance = "GO" + "9".repeat(32);
        String instances = TestData.INSTANCE_JSON + ", {\"sid\": \"" + otherInstance + "\", \"account_sid\": \""
                + ACCOUNT_SID + "\"}";
        String users = TestData.USER_JSON + ", {\"sid\": \"FU" + "2".repeat(32) + "\", \"instance_sid\": \""
                + otherInstance + "\", \"username\": \"Jane\"}";

        InMemoryStore store = InMemoryStore.fromJson(data(ACCOUNT_JSON, instances, users), "two.json", CLOCK,
                new SecureRandom());

        assertThat(store.loadUserByUsername(instance(), "Jane")).isPresent();
        assertThat(store.loadUserByUsername(new InstanceSid(otherInstance), "Jane").map(FlexUser::sid))
                .contains(new FlexUserSid("FU" + "2".repeat(32)));
    }

    @Test
    void fromFileWhenFileHoldsSampleThenLoadsIt(@TempDir Path directory) throws Exception {
        Path file = directory.resolve("data.json");
        Files.writeString(file, SAMPLE, StandardCharsets.UTF_8);

        InMemoryStore store = InMemoryStore.fromFile(file, CLOCK, new SecureRandom());

        assertThat(store.loadUserByUsername(instance(), "Jane")).isPresent();
        assertThat(store.accountFor(ACCOUNT_SID, TestData.AUTH_TOKEN)).contains(new AccountSid(ACCOUNT_SID));
    }

    @Test
    void fromFileWhenFileMissingThenFailureNamesTheFile(@TempDir Path directory) {
        Path missing = directory.resolve("nowhere.json");

        assertThatThrownBy(() -> InMemoryStore.fromFile(missing, CLOCK, new SecureRandom()))
                .isInstanceOf(InvalidDataFileException.class)
                .hasMessage(missing + ": cannot be read (NoSuchFileException)");
    }

    @Test
    void fromFileWhenFileIsBadThenFailureNamesTheFileAndPath(@TempDir Path directory) throws Exception {
        Path file = directory.resolve("bad.json");
        Files.writeString(file, SAMPLE.replace("\"Jane\", \"identity\"", "\"\", \"identity\""));

        assertThatThrownBy(() -> InMemoryStore.fromFile(file, CLOCK, new SecureRandom()))
                .isInstanceOf(InvalidDataFileException.class)
                .hasMessageStartingWith(file + ": users[0].username: must be a string of 1 to 256 characters");
    }

    @Test
    void loadInstanceWhenSidNullThenNullPointerExceptionNamingIt() {
        InMemoryStore store = TestData.sampleStore();

        assertThatThrownBy(() -> store.loadInstance(null)).isInstanceOf(NullPointerException.class).hasMessage("sid");
    }

    @Test
    void emptyWhenCreatedThenHoldsNothingAndIsReady() {
        InMemoryStore store = InMemoryStore.empty(new SecureRandom());

        assertThat(store.loadInstance(instance())).isEmpty();
        assertThat(store.loadUsers(instance(), Optional.empty(), 10)).isEmpty();
        assertThat(store.accountFor(ACCOUNT_SID, TestData.AUTH_TOKEN)).isEmpty();
        assertThat(store.isReady()).isTrue();
        assertThat(store.insert(TestData.newUser(TestData.userSid(1), "nobody"))).isFalse();
        assertThat(store.toString()).contains("users=0");
    }
}
