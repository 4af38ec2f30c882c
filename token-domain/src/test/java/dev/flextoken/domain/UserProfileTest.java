package dev.flextoken.domain;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UserProfileTest {

    @Test
    void emptyWhenAskedThenSetsNothing() {
        UserProfile empty = UserProfile.empty();

        assertThat(empty.fullName()).isEmpty();
        assertThat(empty.email()).isEmpty();
        assertThat(empty.locale()).isEmpty();
        assertThat(empty.roles()).isEmpty();
    }

    @Test
    void constructorWhenRolesChangeLaterThenKeepsItsCopy() {
        List<Role> roles = new ArrayList<>(List.of(Role.AGENT));
        UserProfile profile = new UserProfile(Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(roles));

        roles.add(Role.ADMIN);

        assertThat(profile.roles()).contains(List.of(Role.AGENT));
    }

    @Test
    void constructorWhenRolesIsNullThenThrowsNamingIt() {
        assertThatThrownBy(() -> new UserProfile(Optional.empty(), Optional.empty(), Optional.empty(), null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("roles");
    }

    @Test
    void toStringWhenCalledThenCarriesNoPersonalData() {
        UserProfile profile = new UserProfile(Optional.of("Jane Doe"), Optional.of("jane@example.com"),
                Optional.of("en-US"), Optional.empty());

        assertThat(profile.toString()).doesNotContain("Jane Doe", "jane@example.com");
    }
}
