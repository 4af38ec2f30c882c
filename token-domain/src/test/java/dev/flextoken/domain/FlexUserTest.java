package dev.flextoken.domain;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static dev.flextoken.domain.DomainFixtures.ACCOUNT;
import static dev.flextoken.domain.DomainFixtures.INSTANCE;
import static dev.flextoken.domain.DomainFixtures.JANE;
import static dev.flextoken.domain.DomainFixtures.JANE_USERNAME;
import static dev.flextoken.domain.DomainFixtures.NOW;
import static dev.flextoken.domain.DomainFixtures.aUser;
import static dev.flextoken.domain.DomainFixtures.anInstance;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FlexUserTest {

    private static final Instant LATER = NOW.plus(Duration.ofHours(2));
    private static final Instant MUCH_LATER = NOW.plus(Duration.ofDays(1));

    private static UserProfile profile(String fullName, String email, String locale, List<Role> roles) {
        return new UserProfile(Optional.ofNullable(fullName), Optional.ofNullable(email),
                Optional.ofNullable(locale), Optional.ofNullable(roles));
    }

    @Test
    void provisionedWhenNewThenIsActiveVersionOneWithIdentityEqualToUsername() {
        FlexUser user = FlexUser.provisioned(JANE, anInstance().build(), "Jane", UserProfile.empty(), NOW);

        assertThat(user.sid()).isEqualTo(JANE);
        assertThat(user.username()).isEqualTo("Jane");
        assertThat(user.identity()).isEqualTo("Jane");
        assertThat(user.version()).isEqualTo(1);
        assertThat(user.isActive()).isTrue();
        assertThat(user.deactivated()).isFalse();
        assertThat(user.deactivatedDate()).isEmpty();
        assertThat(user.tokensRevokedBefore()).isEmpty();
        assertThat(user.createdDate()).isEqualTo(NOW);
        assertThat(user.updatedDate()).isEqualTo(NOW);
    }

    @Test
    void provisionedWhenNewThenTakesAccountAndInstanceFromTheInstance() {
        FlexUser user = FlexUser.provisioned(JANE, anInstance().build(), "Jane", UserProfile.empty(), NOW);

        assertThat(user.accountSid()).isEqualTo(ACCOUNT);
        assertThat(user.instanceSid()).isEqualTo(INSTANCE);
    }

    @Test
    void provisionedWhenProfileGivenThenAppliesItAndLeavesTheRestEmpty() {
        UserProfile profile = profile("Jane Doe", "jane@example.com", "fr-FR", List.of(Role.SUPERVISOR));

        FlexUser user = FlexUser.provisioned(JANE, anInstance().build(), "Jane", profile, NOW);

        assertThat(user.fullName()).contains("Jane Doe");
        assertThat(user.email()).contains("jane@example.com");
        assertThat(user.locale()).contains("fr-FR");
        assertThat(user.roles()).containsExactly(Role.SUPERVISOR);
        assertThat(user.ownPermissions()).isEmpty();
        assertThat(user.workerSid()).isEmpty();
        assertThat(user.workspaceSid()).isEmpty();
        assertThat(user.flexTeamSid()).isEmpty();
    }

    @Test
    void provisionedWhenProfileNamesNoRolesThenHasNone() {
        FlexUser user = FlexUser.provisioned(JANE, anInstance().build(), "Jane", UserProfile.empty(), NOW);

        assertThat(user.roles()).isEmpty();
    }

    @Test
    void deactivateWhenActiveThenRevokesTokensUntilNowAndBumpsVersion() {
        FlexUser active = aUser().build();

        FlexUser deactivated = active.deactivate(LATER);

        assertThat(deactivated.isActive()).isFalse();
        assertThat(deactivated.deactivated()).isTrue();
        assertThat(deactivated.deactivatedDate()).contains(LATER);
        assertThat(deactivated.tokensRevokedBefore()).contains(LATER);
        assertThat(deactivated.version()).isEqualTo(2);
        assertThat(deactivated.updatedDate()).isEqualTo(LATER);
        assertThat(deactivated.createdDate()).isEqualTo(NOW);
    }

    @Test
    void deactivateWhenCalledThenLeavesTheOriginalUntouched() {
        FlexUser active = aUser().build();

        active.deactivate(LATER);

        assertThat(active.isActive()).isTrue();
        assertThat(active.version()).isEqualTo(1);
    }

    @Test
    void deactivateWhenCalledThenKeepsEveryOtherField() {
        FlexUser active = aUser().withOwnPermissions("FPN7777").build();

        FlexUser deactivated = active.deactivate(LATER);

        assertThat(deactivated)
                .usingRecursiveComparison()
                .ignoringFields("deactivated", "deactivatedDate", "tokensRevokedBefore", "version", "updatedDate")
                .isEqualTo(active);
    }

    @Test
    void reprovisionWhenProfileIsEmptyThenReturnsTheSameInstance() {
        FlexUser user = aUser().build();

        assertThat(user.reprovision(UserProfile.empty(), LATER)).isSameAs(user);
    }

    @Test
    void reprovisionWhenProfileRepeatsCurrentValuesThenReturnsTheSameInstance() {
        FlexUser user = aUser().build();
        UserProfile same = profile("Jane Doe", "jane@example.com", "en-US", List.of(Role.AGENT));

        assertThat(user.reprovision(same, LATER)).isSameAs(user);
    }

    @Test
    void reprovisionWhenFieldsGivenThenReplacesThemAndKeepsTheOthers() {
        FlexUser user = aUser().withOwnPermissions("FPN7777").build();
        UserProfile profile = profile("Jane Q. Doe", null, "de-DE", null);

        FlexUser changed = user.reprovision(profile, LATER);

        assertThat(changed.fullName()).contains("Jane Q. Doe");
        assertThat(changed.locale()).contains("de-DE");
        assertThat(changed.email()).isEqualTo(user.email());
        assertThat(changed.roles()).isEqualTo(user.roles());
        assertThat(changed.ownPermissions()).containsExactly("FPN7777");
        assertThat(changed.workerSid()).isEqualTo(user.workerSid());
        assertThat(changed.username()).isEqualTo(JANE_USERNAME);
        assertThat(changed.identity()).isEqualTo(JANE_USERNAME);
        assertThat(changed.createdDate()).isEqualTo(NOW);
        assertThat(changed.updatedDate()).isEqualTo(LATER);
        assertThat(changed.version()).isEqualTo(2);
    }

    @Test
    void reprovisionWhenRolesGivenThenReplacesTheRolesWhole() {
        FlexUser user = aUser().withRoles(Role.AGENT, Role.SUPERVISOR).build();

        assertThat(user.reprovision(profile(null, null, null, List.of(Role.ADMIN)), LATER).roles())
                .containsExactly(Role.ADMIN);
        assertThat(user.reprovision(profile(null, null, null, List.of()), LATER).roles()).isEmpty();
    }

    @Test
    void reprovisionWhenDeactivatedThenReactivatesAndKeepsTheOldRevocation() {
        FlexUser deactivated = aUser().build().deactivate(LATER);

        FlexUser reactivated = deactivated.reprovision(UserProfile.empty(), MUCH_LATER);

        assertThat(reactivated.isActive()).isTrue();
        assertThat(reactivated.tokensRevokedBefore()).contains(LATER);
        assertThat(reactivated.deactivatedDate()).contains(LATER);
        assertThat(reactivated.version()).isEqualTo(3);
        assertThat(reactivated.updatedDate()).isEqualTo(MUCH_LATER);
        assertThat(reactivated.hasRevokedTokenIssuedAt(NOW)).isTrue();
        assertThat(reactivated.hasRevokedTokenIssuedAt(MUCH_LATER)).isFalse();
    }

    @Test
    void hasRevokedTokenIssuedAtWhenNeverDeactivatedThenFalse() {
        FlexUser user = aUser().build();

        assertThat(user.hasRevokedTokenIssuedAt(NOW)).isFalse();
        assertThat(user.hasRevokedTokenIssuedAt(Instant.EPOCH)).isFalse();
    }

    @Test
    void hasRevokedTokenIssuedAtWhenIssuedBeforeTheRevocationThenTrue() {
        FlexUser user = aUser().deactivatedAt(LATER).build();

        assertThat(user.hasRevokedTokenIssuedAt(LATER.minusSeconds(1))).isTrue();
        assertThat(user.hasRevokedTokenIssuedAt(NOW)).isTrue();
    }

    @Test
    void hasRevokedTokenIssuedAtWhenIssuedInTheSameSecondThenTrueEvenAfterTheRevocation() {
        Instant revokedAt = Instant.parse("2025-10-23T18:00:00.400Z");
        FlexUser user = aUser().deactivatedAt(revokedAt).build();

        assertThat(user.hasRevokedTokenIssuedAt(Instant.parse("2025-10-23T18:00:00Z"))).isTrue();
        assertThat(user.hasRevokedTokenIssuedAt(Instant.parse("2025-10-23T18:00:00.900Z"))).isTrue();
    }

    @Test
    void hasRevokedTokenIssuedAtWhenIssuedInTheNextSecondThenFalse() {
        Instant revokedAt = Instant.parse("2025-10-23T18:00:00.999Z");
        FlexUser user = aUser().deactivatedAt(revokedAt).build();

        assertThat(user.hasRevokedTokenIssuedAt(Instant.parse("2025-10-23T18:00:01Z"))).isFalse();
    }

    @Test
    void permissionsWhenAskedThenDerivesThemThroughTheInstancesTable() {
        FlexUser user = aUser().withRoles(Role.AGENT).withOwnPermissions("FPN7777").build();

        assertThat(user.permissions(anInstance().build())).containsExactly("FPN9999", "FPN0000", "FPN7777");
        assertThat(user.permissions(anInstance().withRolePermissions(RolePermissions.none()).build()))
                .containsExactly("FPN7777");
    }

    @Test
    void constructorWhenRolesOrPermissionsRepeatThenKeepsEachOnceInFirstOrder() {
        FlexUser user = aUser()
                .withRoles(Role.SUPERVISOR, Role.AGENT, Role.SUPERVISOR)
                .withOwnPermissions("FPN2", "FPN1", "FPN2")
                .build();

        assertThat(user.roles()).containsExactly(Role.SUPERVISOR, Role.AGENT);
        assertThat(user.ownPermissions()).containsExactly("FPN2", "FPN1");
    }

    @Test
    void constructorWhenVersionBelowOneThenThrows() {
        assertThatThrownBy(() -> aUser().withVersion(0).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("version");
    }

    @Test
    void constructorWhenUsernameIsBlankThenThrowsNamingTheField() {
        assertThatThrownBy(() -> aUser().withUsername(" ").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("username");
    }

    @Test
    void constructorWhenIdentityIsBlankThenThrowsNamingTheField() {
        assertThatThrownBy(() -> aUser().withIdentity("").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("identity");
    }

    @Test
    void constructorWhenOwnPermissionIsBlankThenThrows() {
        assertThatThrownBy(() -> aUser().withOwnPermissions("FPN1", "").build())
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void toStringWhenCalledThenNamesTheSidAndNoPersonalData() {
        FlexUser user = aUser().withUsername("jane.secret").withFullName("Jane Hidden").build();

        assertThat(user.toString())
                .contains(JANE.value())
                .doesNotContain("jane.secret", "Jane Hidden", "jane@example.com", "en-US");
    }
}
