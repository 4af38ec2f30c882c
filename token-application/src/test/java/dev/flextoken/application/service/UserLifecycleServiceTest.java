package dev.flextoken.application.service;

import dev.flextoken.application.port.in.DeprovisionUserUseCase.DeprovisionResult;
import dev.flextoken.application.port.in.DeprovisionUserUseCase.DeprovisionUserCommand;
import dev.flextoken.application.port.in.DeprovisionUserUseCase.Deprovisioned;
import dev.flextoken.application.port.in.DeprovisionUserUseCase.NotFound;
import dev.flextoken.application.port.in.FindUsersUseCase;
import dev.flextoken.application.port.in.FindUsersUseCase.InvalidPageToken;
import dev.flextoken.application.port.in.FindUsersUseCase.ListUsersQuery;
import dev.flextoken.application.port.in.FindUsersUseCase.ListUsersResult;
import dev.flextoken.application.port.in.FindUsersUseCase.UserPage;
import dev.flextoken.application.port.in.FlexUserView;
import dev.flextoken.application.port.in.ProvisionUserUseCase;
import dev.flextoken.application.port.in.ProvisionUserUseCase.Created;
import dev.flextoken.application.port.in.ProvisionUserUseCase.ProvisionResult;
import dev.flextoken.application.port.in.ProvisionUserUseCase.ProvisionUserCommand;
import dev.flextoken.application.port.in.ProvisionUserUseCase.Updated;
import dev.flextoken.domain.FlexUser;
import dev.flextoken.domain.FlexUserSid;
import dev.flextoken.domain.InstanceSid;
import dev.flextoken.domain.Role;
import dev.flextoken.domain.UserProfile;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static dev.flextoken.domain.DomainFixtures.ACCOUNT;
import static dev.flextoken.domain.DomainFixtures.INSTANCE;
import static dev.flextoken.domain.DomainFixtures.JANE;
import static dev.flextoken.domain.DomainFixtures.JANE_USERNAME;
import static dev.flextoken.domain.DomainFixtures.NOW;
import static dev.flextoken.domain.DomainFixtures.OTHER_ACCOUNT;
import static dev.flextoken.domain.DomainFixtures.OTHER_INSTANCE;
import static dev.flextoken.domain.DomainFixtures.aUser;
import static dev.flextoken.domain.DomainFixtures.anInstance;
import static dev.flextoken.domain.DomainFixtures.sid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UserLifecycleServiceTest {

    private static final Instant LATER = NOW.plus(Duration.ofHours(1));
    private static final FlexUserSid OTHER_ACCOUNTS_USER = new FlexUserSid(sid("FU", 4));

    private final InMemoryInstances instances = new InMemoryInstances().with(
            anInstance().build(),
            anInstance().withSid(OTHER_INSTANCE).ownedBy(OTHER_ACCOUNT).build());
    private final InMemoryUsers users = new InMemoryUsers().with(
            aUser().withOwnPermissions("FPN7777").build(),
            aUser().withSid(OTHER_ACCOUNTS_USER).withUsername("olga")
                    .in(anInstance().withSid(OTHER_INSTANCE).ownedBy(OTHER_ACCOUNT).build()).build());
    private final MutableClock clock = new MutableClock(LATER);
    private final UserLifecycleService service = new UserLifecycleService(instances, users, users,
            new SequentialIds(), clock);

    private static UserProfile profile(String fullName, String email, String locale, List<Role> roles) {
        return new UserProfile(Optional.ofNullable(fullName), Optional.ofNullable(email),
                Optional.ofNullable(locale), Optional.ofNullable(roles));
    }

    /** Encodes {@code text} the way the service encodes the SID a page ends with. */
    private static String pageTokenOf(String text) {
        return "PA" + Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.US_ASCII));
    }

    static Stream<String> foreignPageTokens() {
        String userSid = sid("FU", 1);
        return Stream.of("", "garbage", "PA", "PA!!!!", "PA" + userSid,
                pageTokenOf(userSid).replaceFirst("PA", "pa"),
                pageTokenOf("not a sid"),
                pageTokenOf(sid("GO", 1)),
                pageTokenOf(userSid.substring(0, 33)),
                pageTokenOf(userSid) + "$");
    }

    private ProvisionResult provision(String username, UserProfile profile) {
        return service.provision(new ProvisionUserCommand(ACCOUNT, INSTANCE, username, profile));
    }

    private DeprovisionResult deprovision(FlexUserSid user) {
        return service.deprovision(new DeprovisionUserCommand(ACCOUNT, INSTANCE, user));
    }

    @Nested
    class Provision {

        @Test
        void provisionWhenUsernameIsNewThenCreatesAnActiveUserOfVersionOne() {
            ProvisionResult result = provision("bob", profile("Bob Roe", null, "en-GB", List.of(Role.SUPERVISOR)));

            assertThat(result).isInstanceOfSatisfying(Created.class, created -> {
                FlexUser user = created.user().user();
                assertThat(user.sid()).isEqualTo(SequentialIds.userSid(SequentialIds.FIRST_USER));
                assertThat(user.accountSid()).isEqualTo(ACCOUNT);
                assertThat(user.instanceSid()).isEqualTo(INSTANCE);
                assertThat(user.username()).isEqualTo("bob");
                assertThat(user.identity()).isEqualTo("bob");
                assertThat(user.fullName()).contains("Bob Roe");
                assertThat(user.email()).isEmpty();
                assertThat(user.locale()).contains("en-GB");
                assertThat(user.roles()).containsExactly(Role.SUPERVISOR);
                assertThat(user.isActive()).isTrue();
                assertThat(user.version()).isEqualTo(1);
                assertThat(user.createdDate()).isEqualTo(LATER);
                assertThat(created.user().permissions()).containsExactly("FPN0000", "FPN0100");
            });
        }

        @Test
        void provisionWhenCreatedThenTheStoreHoldsTheUser() {
            Created created = (Created) provision("bob", UserProfile.empty());

            assertThat(users.stored(created.user().user().sid())).contains(created.user().user());
        }

        @Test
        void provisionWhenUsernameExistsThenUpdatesTheGivenFieldsAndKeepsTheOthers() {
            ProvisionResult result = provision(JANE_USERNAME, profile(null, "jane@new.example", null, null));

            assertThat(result).isInstanceOfSatisfying(Updated.class, updated -> {
                FlexUser user = updated.user().user();
                assertThat(user.sid()).isEqualTo(JANE);
                assertThat(user.email()).contains("jane@new.example");
                assertThat(user.fullName()).contains("Jane Doe");
                assertThat(user.locale()).contains("en-US");
                assertThat(user.roles()).containsExactly(Role.AGENT);
                assertThat(user.ownPermissions()).containsExactly("FPN7777");
                assertThat(user.version()).isEqualTo(2);
                assertThat(user.updatedDate()).isEqualTo(LATER);
                assertThat(user.createdDate()).isEqualTo(NOW);
                assertThat(updated.user().permissions()).containsExactly("FPN9999", "FPN0000", "FPN7777");
            });
            assertThat(users.stored(JANE).orElseThrow().email()).contains("jane@new.example");
        }

        @Test
        void provisionWhenNothingChangesThenUpdatedWithoutAWrite() {
            ProvisionResult result = provision(JANE_USERNAME, profile("Jane Doe", null, null, List.of(Role.AGENT)));

            assertThat(result).isInstanceOfSatisfying(Updated.class,
                    updated -> assertThat(updated.user().user().version()).isEqualTo(1));
            assertThat(users.updateCalls()).isZero();
            assertThat(users.insertCalls()).isZero();
        }

        @Test
        void provisionWhenProvisionedTwiceThenOneUserAndTheSecondIsUpdated() {
            ProvisionResult first = provision("bob", UserProfile.empty());
            ProvisionResult second = provision("bob", UserProfile.empty());

            assertThat(first).isInstanceOf(Created.class);
            assertThat(second).isInstanceOf(Updated.class);
            assertThat(((Updated) second).user()).isEqualTo(((Created) first).user());
            assertThat(users.all()).filteredOn(user -> user.username().equals("bob")).hasSize(1);
        }

        @Test
        void provisionWhenUserIsDeactivatedThenReactivatesIt() {
            users.with(aUser().deactivatedAt(NOW).build());

            ProvisionResult result = provision(JANE_USERNAME, UserProfile.empty());

            assertThat(result).isInstanceOfSatisfying(Updated.class, updated -> {
                assertThat(updated.user().user().isActive()).isTrue();
                assertThat(updated.user().user().tokensRevokedBefore()).contains(NOW);
            });
        }

        @Test
        void provisionWhenInstanceBelongsToAnotherAccountThenInstanceNotFoundAndNothingStored() {
            ProvisionResult result = service.provision(
                    new ProvisionUserCommand(ACCOUNT, OTHER_INSTANCE, "bob", UserProfile.empty()));

            assertThat(result).isEqualTo(new ProvisionUserUseCase.InstanceNotFound());
            assertThat(users.insertCalls()).isZero();
        }

        @Test
        void provisionWhenInstanceIsUnknownThenInstanceNotFound() {
            ProvisionResult result = service.provision(
                    new ProvisionUserCommand(ACCOUNT, new InstanceSid(sid("GO", 99)), "bob", UserProfile.empty()));

            assertThat(result).isEqualTo(new ProvisionUserUseCase.InstanceNotFound());
        }

        @Test
        void provisionWhenSameUsernameExistsInAnotherInstanceThenCreatesASeparateUser() {
            ProvisionResult result = service.provision(
                    new ProvisionUserCommand(OTHER_ACCOUNT, OTHER_INSTANCE, JANE_USERNAME, UserProfile.empty()));

            assertThat(result).isInstanceOfSatisfying(Created.class,
                    created -> assertThat(created.user().user().sid()).isNotEqualTo(JANE));
        }

        @Test
        void provisionWhenTheFirstUpdateIsRefusedThenRetriesAndUpdates() {
            users.refuseUpdates(1);

            ProvisionResult result = provision(JANE_USERNAME, profile("Jane Q. Doe", null, null, null));

            assertThat(result).isInstanceOfSatisfying(Updated.class,
                    updated -> assertThat(updated.user().user().fullName()).contains("Jane Q. Doe"));
            assertThat(users.updateCalls()).isEqualTo(2);
            assertThat(users.stored(JANE).orElseThrow().fullName()).contains("Jane Q. Doe");
        }

        @Test
        void provisionWhenAnotherWriterChangesTheUserFirstThenKeepsBothChanges() {
            users.changeBeforeNextUpdate(current -> current.reprovision(
                    profile(null, "jane@other.example", null, null), LATER.minusSeconds(1)));

            ProvisionResult result = provision(JANE_USERNAME, profile("Jane Q. Doe", null, null, null));

            assertThat(result).isInstanceOfSatisfying(Updated.class, updated -> {
                FlexUser user = updated.user().user();
                assertThat(user.fullName()).contains("Jane Q. Doe");
                assertThat(user.email()).contains("jane@other.example");
                assertThat(user.version()).isEqualTo(3);
            });
            assertThat(users.stored(JANE).orElseThrow().version()).isEqualTo(3);
        }

        @Test
        void provisionWhenAnotherWriterInsertsTheSameUsernameFirstThenUpdatesTheirUser() {
            FlexUser theirs = aUser().withSid(new FlexUserSid(sid("FU", 0x77))).withUsername("bob").build();
            users.insertBeforeNextInsert(theirs);

            ProvisionResult result = provision("bob", profile("Bob Roe", null, null, null));

            assertThat(result).isInstanceOfSatisfying(Updated.class, updated -> {
                assertThat(updated.user().user().sid()).isEqualTo(theirs.sid());
                assertThat(updated.user().user().fullName()).contains("Bob Roe");
            });
            assertThat(users.all()).filteredOn(user -> user.username().equals("bob")).hasSize(1);
        }

        @Test
        void provisionWhenEveryWriteLosesThenGivesUpWithoutNamingTheUser() {
            users.refuseUpdates(Integer.MAX_VALUE);

            assertThatThrownBy(() -> provision(JANE_USERNAME, profile("Jane Q. Doe", null, null, null)))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining(INSTANCE.value())
                    .hasMessageNotContaining(JANE_USERNAME);
            assertThat(users.updateCalls()).isGreaterThan(1);
        }
    }

    @Nested
    class Deprovision {

        @Test
        void deprovisionWhenUserIsActiveThenDeactivatesItAndRevokesItsTokens() {
            DeprovisionResult result = deprovision(JANE);

            assertThat(result).isInstanceOfSatisfying(Deprovisioned.class, deprovisioned -> {
                FlexUser user = deprovisioned.user().user();
                assertThat(user.isActive()).isFalse();
                assertThat(user.deactivatedDate()).contains(LATER);
                assertThat(user.tokensRevokedBefore()).contains(LATER);
                assertThat(user.version()).isEqualTo(2);
            });
            assertThat(users.stored(JANE).orElseThrow().isActive()).isFalse();
        }

        @Test
        void deprovisionWhenDoneTwiceThenTheSecondIsHarmless() {
            Deprovisioned first = (Deprovisioned) deprovision(JANE);
            clock.advance(Duration.ofMinutes(10));

            DeprovisionResult second = deprovision(JANE);

            assertThat(second).isEqualTo(first);
            assertThat(users.updateCalls()).isEqualTo(1);
            assertThat(users.stored(JANE).orElseThrow().tokensRevokedBefore()).contains(LATER);
        }

        @Test
        void deprovisionWhenUserIsUnknownThenNotFound() {
            assertThat(deprovision(new FlexUserSid(sid("FU", 99)))).isEqualTo(new NotFound());
        }

        @Test
        void deprovisionWhenUserBelongsToAnotherInstanceThenNotFound() {
            assertThat(deprovision(OTHER_ACCOUNTS_USER)).isEqualTo(new NotFound());
            assertThat(users.stored(OTHER_ACCOUNTS_USER).orElseThrow().isActive()).isTrue();
        }

        @Test
        void deprovisionWhenInstanceBelongsToAnotherAccountThenNotFound() {
            DeprovisionResult result = service.deprovision(
                    new DeprovisionUserCommand(ACCOUNT, OTHER_INSTANCE, OTHER_ACCOUNTS_USER));

            assertThat(result).isEqualTo(new NotFound());
            assertThat(users.stored(OTHER_ACCOUNTS_USER).orElseThrow().isActive()).isTrue();
        }

        @Test
        void deprovisionWhenAnotherWriterChangesTheUserFirstThenRetriesAndDeactivates() {
            users.changeBeforeNextUpdate(current -> current.reprovision(
                    profile("Jane Q. Doe", null, null, null), LATER.minusSeconds(1)));

            DeprovisionResult result = deprovision(JANE);

            assertThat(result).isInstanceOfSatisfying(Deprovisioned.class, deprovisioned -> {
                assertThat(deprovisioned.user().user().isActive()).isFalse();
                assertThat(deprovisioned.user().user().fullName()).contains("Jane Q. Doe");
            });
            assertThat(users.updateCalls()).isEqualTo(2);
        }

        @Test
        void deprovisionWhenEveryWriteLosesThenGivesUp() {
            users.refuseUpdates(Integer.MAX_VALUE);

            assertThatThrownBy(() -> deprovision(JANE)).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining(JANE.value());
        }
    }

    @Nested
    class FindUser {

        @Test
        void findUserWhenUserExistsThenReturnsItWithItsPermissions() {
            Optional<FlexUserView> found = service.findUser(ACCOUNT, INSTANCE, JANE);

            assertThat(found).hasValueSatisfying(view -> {
                assertThat(view.user().sid()).isEqualTo(JANE);
                assertThat(view.permissions()).containsExactly("FPN9999", "FPN0000", "FPN7777");
            });
        }

        @Test
        void findUserWhenUserIsUnknownThenEmpty() {
            assertThat(service.findUser(ACCOUNT, INSTANCE, new FlexUserSid(sid("FU", 99)))).isEmpty();
        }

        @Test
        void findUserWhenInstanceBelongsToAnotherAccountThenEmpty() {
            assertThat(service.findUser(ACCOUNT, OTHER_INSTANCE, OTHER_ACCOUNTS_USER)).isEmpty();
            assertThat(service.findUser(OTHER_ACCOUNT, INSTANCE, JANE)).isEmpty();
        }

        @Test
        void findUserWhenUserIsOfAnotherInstanceThenEmpty() {
            assertThat(service.findUser(ACCOUNT, INSTANCE, OTHER_ACCOUNTS_USER)).isEmpty();
        }
    }

    @Nested
    class ListUsers {

        private ListUsersQuery query(int pageSize, Optional<String> pageToken) {
            return new ListUsersQuery(ACCOUNT, INSTANCE, Optional.empty(), pageSize, pageToken);
        }

        private List<FlexUserSid> addUsers(int count) {
            List<FlexUserSid> sids = new ArrayList<>(List.of(JANE));
            IntStream.rangeClosed(1, count - 1).forEach(n -> {
                FlexUserSid sid = new FlexUserSid(sid("FU", 0x1000 + n));
                users.with(aUser().withSid(sid).withUsername("user" + n).build());
                sids.add(sid);
            });
            return sids;
        }

        @Test
        void listUsersWhenUsernameMatchesThenAPageOfThatOneUser() {
            ListUsersResult result = service.listUsers(
                    new ListUsersQuery(ACCOUNT, INSTANCE, Optional.of(JANE_USERNAME), 50, Optional.empty()));

            assertThat(result).isInstanceOfSatisfying(UserPage.class, page -> {
                assertThat(page.users()).extracting(view -> view.user().sid()).containsExactly(JANE);
                assertThat(page.users().get(0).permissions()).containsExactly("FPN9999", "FPN0000", "FPN7777");
                assertThat(page.nextPageToken()).isEmpty();
            });
        }

        @Test
        void listUsersWhenUsernameMatchesNobodyThenAnEmptyPage() {
            ListUsersResult result = service.listUsers(
                    new ListUsersQuery(ACCOUNT, INSTANCE, Optional.of("nobody"), 50, Optional.empty()));

            assertThat(result).isEqualTo(new UserPage(List.of(), Optional.empty()));
        }

        @Test
        void listUsersWhenUsernameMatchesInAnotherInstanceOnlyThenAnEmptyPage() {
            addUsers(1);
            ListUsersResult result = service.listUsers(
                    new ListUsersQuery(OTHER_ACCOUNT, OTHER_INSTANCE, Optional.of("user1"), 50, Optional.empty()));

            assertThat(result).isEqualTo(new UserPage(List.of(), Optional.empty()));
        }

        @Test
        void listUsersWhenInstanceBelongsToAnotherAccountThenInstanceNotFound() {
            ListUsersResult result = service.listUsers(
                    new ListUsersQuery(ACCOUNT, OTHER_INSTANCE, Optional.empty(), 50, Optional.empty()));

            assertThat(result).isEqualTo(new FindUsersUseCase.InstanceNotFound());
        }

        @Test
        void listUsersWhenInstanceIsUnknownThenInstanceNotFoundEvenByUsername() {
            ListUsersResult result = service.listUsers(new ListUsersQuery(ACCOUNT, new InstanceSid(sid("GO", 99)),
                    Optional.of(JANE_USERNAME), 50, Optional.empty()));

            assertThat(result).isEqualTo(new FindUsersUseCase.InstanceNotFound());
        }

        @Test
        void listUsersWhenPagingThroughSeveralPagesThenEveryUserOnceInSidOrderUntilNoNextToken() {
            List<FlexUserSid> expected = addUsers(7);
            List<FlexUserSid> seen = new ArrayList<>();
            List<Integer> pageSizes = new ArrayList<>();

            Optional<String> token = Optional.empty();
            do {
                UserPage page = (UserPage) service.listUsers(query(3, token));
                page.users().forEach(view -> seen.add(view.user().sid()));
                pageSizes.add(page.users().size());
                token = page.nextPageToken();
            } while (token.isPresent());

            assertThat(pageSizes).containsExactly(3, 3, 1);
            assertThat(seen).containsExactlyElementsOf(expected);
            assertThat(users.limitsAsked()).containsOnly(4);
        }

        @Test
        void listUsersWhenTheLastPageIsFullThenItHasNoNextToken() {
            addUsers(6);

            UserPage first = (UserPage) service.listUsers(query(3, Optional.empty()));
            UserPage second = (UserPage) service.listUsers(query(3, first.nextPageToken()));

            assertThat(first.nextPageToken()).isPresent();
            assertThat(second.users()).hasSize(3);
            assertThat(second.nextPageToken()).isEmpty();
        }

        @Test
        void listUsersWhenInstanceHasNoUsersThenAnEmptyLastPage() {
            InstanceSid empty = new InstanceSid(sid("GO", 8));
            instances.with(anInstance().withSid(empty).build());

            ListUsersResult result = service.listUsers(
                    new ListUsersQuery(ACCOUNT, empty, Optional.empty(), 50, Optional.empty()));

            assertThat(result).isEqualTo(new UserPage(List.of(), Optional.empty()));
        }

        @Test
        void listUsersWhenInstanceHasUsersThenListsOnlyItsOwn() {
            ListUsersResult result = service.listUsers(
                    new ListUsersQuery(OTHER_ACCOUNT, OTHER_INSTANCE, Optional.empty(), 50, Optional.empty()));

            assertThat(result).isInstanceOfSatisfying(UserPage.class, page -> assertThat(page.users())
                    .extracting(view -> view.user().sid()).containsExactly(OTHER_ACCOUNTS_USER));
        }

        @Test
        void listUsersWhenMorePagesFollowThenTheNextTokenDoesNotShowTheSidInClear() {
            List<FlexUserSid> sids = addUsers(3);

            UserPage first = (UserPage) service.listUsers(query(1, Optional.empty()));

            assertThat(first.nextPageToken()).hasValueSatisfying(token -> assertThat(token)
                    .doesNotContain(sids.get(0).value()).doesNotContain(sids.get(0).value().substring(2)));
        }

        @ParameterizedTest
        @MethodSource("dev.flextoken.application.service.UserLifecycleServiceTest#foreignPageTokens")
        void listUsersWhenPageTokenIsNotOursThenInvalidPageToken(String pageToken) {
            assertThat(service.listUsers(query(3, Optional.of(pageToken)))).isEqualTo(new InvalidPageToken());
        }

        @Test
        void listUsersWhenPageTokenNamesAUserThenContinuesAfterIt() {
            List<FlexUserSid> sids = addUsers(3);
            String token = pageTokenOf(sids.get(0).value());

            UserPage page = (UserPage) service.listUsers(query(50, Optional.of(token)));

            assertThat(page.users()).extracting(view -> view.user().sid())
                    .containsExactlyElementsOf(sids.subList(1, 3));
        }

        @Test
        void listUsersWhenUsernameIsGivenThenThePageTokenIsIgnored() {
            ListUsersResult result = service.listUsers(
                    new ListUsersQuery(ACCOUNT, INSTANCE, Optional.of(JANE_USERNAME), 50, Optional.of("garbage")));

            assertThat(result).isInstanceOf(UserPage.class);
        }
    }
}
