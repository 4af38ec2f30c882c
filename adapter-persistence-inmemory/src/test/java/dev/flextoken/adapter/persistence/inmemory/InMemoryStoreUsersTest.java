package dev.flextoken.adapter.persistence.inmemory;

import dev.flextoken.domain.AccountSid;
import dev.flextoken.domain.FlexUser;
import dev.flextoken.domain.FlexUserSid;
import dev.flextoken.domain.InstanceSid;
import dev.flextoken.domain.UserProfile;
import org.junit.jupiter.api.Test;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import static dev.flextoken.adapter.persistence.inmemory.TestData.ACCOUNT_JSON;
import static dev.flextoken.adapter.persistence.inmemory.TestData.ACCOUNT_SID;
import static dev.flextoken.adapter.persistence.inmemory.TestData.CLOCK;
import static dev.flextoken.adapter.persistence.inmemory.TestData.INSTANCE_JSON;
import static dev.flextoken.adapter.persistence.inmemory.TestData.USER_SID;
import static dev.flextoken.adapter.persistence.inmemory.TestData.data;
import static dev.flextoken.adapter.persistence.inmemory.TestData.instance;
import static dev.flextoken.adapter.persistence.inmemory.TestData.newUser;
import static dev.flextoken.adapter.persistence.inmemory.TestData.userSid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InMemoryStoreUsersTest {

    private static final Instant LATER = TestData.LOADED_AT.plusSeconds(60);
    private static final String OTHER_INSTANCE_SID = "GO" + "9".repeat(32);
    private static final String OTHER_ACCOUNT_SID = "AC" + "8".repeat(32);

    private final InMemoryStore store = TestData.sampleStore();

    @Test
    void insertWhenUsernameAndSidFreeThenUserLoadsBySidAndUsername() {
        FlexUser bob = newUser(userSid(7), "bob");

        assertThat(store.insert(bob)).isTrue();

        assertThat(store.loadUser(instance(), userSid(7))).contains(bob);
        assertThat(store.loadUserByUsername(instance(), "bob")).contains(bob);
    }

    @Test
    void insertWhenUsernameTakenThenRefusedAndFirstUserKept() {
        FlexUser impostor = newUser(userSid(7), "Jane");

        assertThat(store.insert(impostor)).isFalse();

        assertThat(store.loadUser(instance(), userSid(7))).isEmpty();
        assertThat(store.loadUserByUsername(instance(), "Jane").map(FlexUser::sid))
                .contains(new FlexUserSid(USER_SID));
    }

    @Test
    void insertWhenSidTakenThenRefused() {
        FlexUser sameSid = newUser(new FlexUserSid(USER_SID), "bob");

        assertThat(store.insert(sameSid)).isFalse();

        assertThat(store.loadUserByUsername(instance(), "bob")).isEmpty();
        assertThat(store.loadUser(instance(), new FlexUserSid(USER_SID)).map(FlexUser::username)).contains("Jane");
    }

    @Test
    void insertWhenSidTakenInAnotherInstanceThenRefused() {
        InMemoryStore twoInstances = storeWithSecondInstance();
        FlexUser sameSidElsewhere = userOf(newUser(new FlexUserSid(USER_SID), "bob"), OTHER_INSTANCE_SID);

        assertThat(twoInstances.insert(sameSidElsewhere)).isFalse();

        assertThat(twoInstances.loadUser(new InstanceSid(OTHER_INSTANCE_SID), new FlexUserSid(USER_SID))).isEmpty();
    }

    @Test
    void insertWhenUsernameTakenInAnotherInstanceOnlyThenStored() {
        InMemoryStore twoInstances = storeWithSecondInstance();
        FlexUser otherJane = userOf(newUser(userSid(7), "Jane"), OTHER_INSTANCE_SID);

        assertThat(twoInstances.insert(otherJane)).isTrue();

        assertThat(twoInstances.loadUserByUsername(new InstanceSid(OTHER_INSTANCE_SID), "Jane")).contains(otherJane);
        assertThat(twoInstances.loadUserByUsername(instance(), "Jane").map(FlexUser::sid))
                .contains(new FlexUserSid(USER_SID));
    }

    @Test
    void insertWhenInstanceUnknownThenRefused() {
        FlexUser lost = userOf(newUser(userSid(7), "bob"), OTHER_INSTANCE_SID);

        assertThat(store.insert(lost)).isFalse();

        assertThat(store.loadUser(new InstanceSid(OTHER_INSTANCE_SID), userSid(7))).isEmpty();
    }

    @Test
    void insertWhenUserClaimsAnotherAccountThanItsInstanceThenRefused() {
        FlexUser bob = newUser(userSid(7), "bob");
        FlexUser wrongAccount = new FlexUser(bob.sid(), new AccountSid(OTHER_ACCOUNT_SID), bob.instanceSid(),
                bob.username(), bob.identity(), bob.fullName(), bob.email(), bob.locale(), bob.roles(),
                bob.ownPermissions(), bob.workerSid(), bob.workspaceSid(), bob.flexTeamSid(), bob.deactivated(),
                bob.deactivatedDate(), bob.createdDate(), bob.updatedDate(), bob.version(),
                bob.tokensRevokedBefore());

        assertThat(store.insert(wrongAccount)).isFalse();

        assertThat(store.loadUser(instance(), userSid(7))).isEmpty();
    }

    @Test
    void updateWhenVersionIsNextThenReplacesUser() {
        FlexUser jane = janeAsStored();
        FlexUser deactivated = jane.deactivate(LATER);

        assertThat(store.update(deactivated)).isTrue();

        FlexUser stored = janeAsStored();
        assertThat(stored).isEqualTo(deactivated);
        assertThat(stored.version()).isEqualTo(2);
        assertThat(store.loadUserByUsername(instance(), "Jane")).contains(deactivated);
    }

    @Test
    void updateWhenAnotherChangeCameFirstThenRefusedAndFirstChangeKept() {
        FlexUser jane = janeAsStored();
        FlexUser first = jane.reprovision(profileWithFullName("Jane First"), LATER);
        FlexUser second = jane.reprovision(profileWithFullName("Jane Second"), LATER);

        assertThat(store.update(first)).isTrue();
        assertThat(store.update(second)).isFalse();

        assertThat(janeAsStored().fullName()).contains("Jane First");
    }

    @Test
    void updateWhenVersionSkipsAheadThenRefused() {
        FlexUser twice = janeAsStored().deactivate(LATER).reprovision(UserProfile.empty(), LATER);
        assertThat(twice.version()).isEqualTo(3);

        assertThat(store.update(twice)).isFalse();

        assertThat(janeAsStored().version()).isEqualTo(1);
    }

    @Test
    void updateWhenSameVersionAsStoredThenRefused() {
        assertThat(store.update(janeAsStored())).isFalse();
    }

    @Test
    void updateWhenUserUnknownThenRefused() {
        FlexUser ghost = newUser(userSid(7), "ghost").deactivate(LATER);

        assertThat(store.update(ghost)).isFalse();

        assertThat(store.loadUser(instance(), userSid(7))).isEmpty();
    }

    @Test
    void updateWhenUsernameChangesThenIndexFollowsIt() {
        FlexUser jane = janeAsStored();
        FlexUser renamed = withUsername(jane, "Janet", 2);

        assertThat(store.update(renamed)).isTrue();

        assertThat(store.loadUserByUsername(instance(), "Jane")).isEmpty();
        assertThat(store.loadUserByUsername(instance(), "Janet")).contains(renamed);
        assertThat(store.insert(newUser(userSid(7), "Jane"))).isTrue();
    }

    @Test
    void updateWhenRenamedToUsernameOfAnotherUserThenRefused() {
        store.insert(newUser(userSid(7), "bob"));
        FlexUser clash = withUsername(janeAsStored(), "bob", 2);

        assertThat(store.update(clash)).isFalse();

        assertThat(store.loadUserByUsername(instance(), "bob").map(FlexUser::sid)).contains(userSid(7));
        assertThat(store.loadUserByUsername(instance(), "Jane")).isPresent();
    }

    @Test
    void loadUserWhenAskedThroughAnotherInstanceThenEmpty() {
        InMemoryStore twoInstances = storeWithSecondInstance();

        assertThat(twoInstances.loadUser(new InstanceSid(OTHER_INSTANCE_SID), new FlexUserSid(USER_SID))).isEmpty();
        assertThat(twoInstances.loadUserByUsername(new InstanceSid(OTHER_INSTANCE_SID), "Jane")).isEmpty();
    }

    @Test
    void loadUserByUsernameWhenCaseDiffersThenEmpty() {
        assertThat(store.loadUserByUsername(instance(), "jane")).isEmpty();
        assertThat(store.loadUserByUsername(instance(), "Jane ")).isEmpty();
    }

    @Test
    void loadUsersWhenPagedThenEveryUserOnceInSidOrder() {
        InMemoryStore empty = storeWithoutUsers();
        List<Long> numbers = new ArrayList<>();
        for (long n = 1; n <= 25; n++) {
            numbers.add(n * 37);
        }
        Collections.shuffle(numbers, new Random(7));
        numbers.forEach(n -> empty.insert(newUser(userSid(n), "user-" + n)));

        List<FlexUserSid> seen = new ArrayList<>();
        Optional<FlexUserSid> after = Optional.empty();
        List<FlexUser> page;
        do {
            page = empty.loadUsers(instance(), after, 10);
            page.forEach(user -> seen.add(user.sid()));
            after = page.isEmpty() ? after : Optional.of(page.get(page.size() - 1).sid());
        } while (page.size() == 10);

        assertThat(seen).hasSize(25).doesNotHaveDuplicates()
                .isSortedAccordingTo((left, right) -> left.value().compareTo(right.value()));
    }

    @Test
    void loadUsersWhenAfterGivenThenStartsStrictlyAfterIt() {
        InMemoryStore empty = storeWithoutUsers();
        for (long n = 1; n <= 5; n++) {
            empty.insert(newUser(userSid(n), "user-" + n));
        }

        List<FlexUser> page = empty.loadUsers(instance(), Optional.of(userSid(2)), 2);

        assertThat(page).extracting(FlexUser::sid).containsExactly(userSid(3), userSid(4));
    }

    @Test
    void loadUsersWhenAfterIsNoStoredSidThenStartsAtTheNextOneUp() {
        InMemoryStore empty = storeWithoutUsers();
        empty.insert(newUser(userSid(0x10), "a"));
        empty.insert(newUser(userSid(0x30), "b"));

        List<FlexUser> page = empty.loadUsers(instance(), Optional.of(userSid(0x20)), 10);

        assertThat(page).extracting(FlexUser::sid).containsExactly(userSid(0x30));
    }

    @Test
    void loadUsersWhenHexLettersInSidsThenOrderIsLowerCaseStringOrder() {
        InMemoryStore empty = storeWithoutUsers();
        empty.insert(newUser(new FlexUserSid("FU" + "A".repeat(32)), "letters"));
        empty.insert(newUser(new FlexUserSid("FU" + "9".repeat(32)), "digits"));

        List<FlexUser> page = empty.loadUsers(instance(), Optional.empty(), 10);

        assertThat(page).extracting(FlexUser::username).containsExactly("digits", "letters");
    }

    @Test
    void loadUsersWhenInstanceUnknownThenEmpty() {
        assertThat(store.loadUsers(new InstanceSid(OTHER_INSTANCE_SID), Optional.empty(), 10)).isEmpty();
    }

    @Test
    void loadUsersWhenLimitBelowOneThenRefused() {
        assertThatThrownBy(() -> store.loadUsers(instance(), Optional.empty(), 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void loadUserWhenAnArgumentIsNullThenNullPointerExceptionNamingIt() {
        InstanceSid unknown = new InstanceSid(OTHER_INSTANCE_SID);

        assertThatThrownBy(() -> store.loadUser(null, new FlexUserSid(USER_SID)))
                .isInstanceOf(NullPointerException.class).hasMessage("instance");
        assertThatThrownBy(() -> store.loadUser(instance(), null))
                .isInstanceOf(NullPointerException.class).hasMessage("user");
        assertThatThrownBy(() -> store.loadUser(unknown, null))
                .isInstanceOf(NullPointerException.class).hasMessage("user");
    }

    @Test
    void loadUserByUsernameWhenAnArgumentIsNullThenNullPointerExceptionNamingIt() {
        assertThatThrownBy(() -> store.loadUserByUsername(null, "Jane"))
                .isInstanceOf(NullPointerException.class).hasMessage("instance");
        assertThatThrownBy(() -> store.loadUserByUsername(instance(), null))
                .isInstanceOf(NullPointerException.class).hasMessage("username");
    }

    @Test
    void loadUsersWhenAnArgumentIsNullThenNullPointerExceptionNamingIt() {
        InstanceSid unknown = new InstanceSid(OTHER_INSTANCE_SID);

        assertThatThrownBy(() -> store.loadUsers(null, Optional.empty(), 10))
                .isInstanceOf(NullPointerException.class).hasMessage("instance");
        assertThatThrownBy(() -> store.loadUsers(instance(), null, 10))
                .isInstanceOf(NullPointerException.class).hasMessage("after");
        assertThatThrownBy(() -> store.loadUsers(unknown, null, 10))
                .isInstanceOf(NullPointerException.class).hasMessage("after");
    }

    @Test
    void insertAndUpdateWhenUserNullThenNullPointerExceptionNamingIt() {
        assertThatThrownBy(() -> store.insert(null)).isInstanceOf(NullPointerException.class).hasMessage("user");
        assertThatThrownBy(() -> store.update(null)).isInstanceOf(NullPointerException.class).hasMessage("changed");
    }

    private FlexUser janeAsStored() {
        return store.loadUser(instance(), new FlexUserSid(USER_SID)).orElseThrow();
    }

    private static InMemoryStore storeWithoutUsers() {
        return InMemoryStore.fromJson(data(ACCOUNT_JSON, INSTANCE_JSON, ""), "no-users.json", CLOCK,
                new SecureRandom());
    }

    private static InMemoryStore storeWithSecondInstance() {
        String instances = INSTANCE_JSON + ", {\"sid\": \"" + OTHER_INSTANCE_SID + "\", \"account_sid\": \""
                + ACCOUNT_SID + "\"}";
        return InMemoryStore.fromJson(data(ACCOUNT_JSON, instances, TestData.USER_JSON), "two.json", CLOCK,
                new SecureRandom());
    }

    private static UserProfile profileWithFullName(String fullName) {
        return new UserProfile(Optional.of(fullName), Optional.empty(), Optional.empty(), Optional.empty());
    }

    private static FlexUser userOf(FlexUser user, String instanceSid) {
        return new FlexUser(user.sid(), user.accountSid(), new InstanceSid(instanceSid), user.username(),
                user.identity(), user.fullName(), user.email(), user.locale(), user.roles(), user.ownPermissions(),
                user.workerSid(), user.workspaceSid(), user.flexTeamSid(), user.deactivated(),
                user.deactivatedDate(), user.createdDate(), user.updatedDate(), user.version(),
                user.tokensRevokedBefore());
    }

    private static FlexUser withUsername(FlexUser user, String username, long version) {
        return new FlexUser(user.sid(), user.accountSid(), user.instanceSid(), username, user.identity(),
                user.fullName(), user.email(), user.locale(), user.roles(), user.ownPermissions(), user.workerSid(),
                user.workspaceSid(), user.flexTeamSid(), user.deactivated(), user.deactivatedDate(),
                user.createdDate(), LATER, version, user.tokensRevokedBefore());
    }
}
