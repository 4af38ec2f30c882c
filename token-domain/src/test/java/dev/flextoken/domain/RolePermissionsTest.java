package dev.flextoken.domain;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RolePermissionsTest {

    private final RolePermissions table = RolePermissions.of(Map.of(
            Role.AGENT, List.of("FPN9999", "FPN0000"),
            Role.SUPERVISOR, List.of("FPN0100", "FPN0000", "FPN0200")));

    @Test
    void deriveWhenOneRoleThenListsItsPermissionsInDeclaredOrder() {
        assertThat(table.derive(List.of(Role.AGENT), List.of())).containsExactly("FPN9999", "FPN0000");
    }

    @Test
    void deriveWhenSeveralRolesThenFollowsTheUsersRoleOrder() {
        assertThat(table.derive(List.of(Role.SUPERVISOR, Role.AGENT), List.of()))
                .containsExactly("FPN0100", "FPN0000", "FPN0200", "FPN9999");
        assertThat(table.derive(List.of(Role.AGENT, Role.SUPERVISOR), List.of()))
                .containsExactly("FPN9999", "FPN0000", "FPN0100", "FPN0200");
    }

    @Test
    void deriveWhenRolesShareAPermissionThenListsItOnceWhereFirstGranted() {
        List<String> derived = table.derive(List.of(Role.AGENT, Role.SUPERVISOR), List.of());

        assertThat(derived).doesNotHaveDuplicates().containsSubsequence("FPN9999", "FPN0000", "FPN0100");
    }

    @Test
    void deriveWhenUserHasOwnPermissionsThenAppendsThemAfterTheRoles() {
        assertThat(table.derive(List.of(Role.AGENT), List.of("FPN7777", "FPN0001")))
                .containsExactly("FPN9999", "FPN0000", "FPN7777", "FPN0001");
    }

    @Test
    void deriveWhenOwnPermissionRepeatsARolesThenKeepsTheRolesPosition() {
        assertThat(table.derive(List.of(Role.AGENT), List.of("FPN0000", "FPN7777", "FPN9999")))
                .containsExactly("FPN9999", "FPN0000", "FPN7777");
    }

    @Test
    void deriveWhenRoleHasNoEntryThenItGrantsNothing() {
        assertThat(table.derive(List.of(Role.ADMIN), List.of())).isEmpty();
        assertThat(table.derive(List.of(Role.ADMIN, Role.AGENT), List.of("FPN7777")))
                .containsExactly("FPN9999", "FPN0000", "FPN7777");
    }

    @Test
    void deriveWhenNoRolesThenListsOnlyOwnPermissions() {
        assertThat(table.derive(List.of(), List.of("FPN7777"))).containsExactly("FPN7777");
    }

    @Test
    void deriveWhenCalledThenReturnsAnUnmodifiableList() {
        List<String> derived = table.derive(List.of(Role.AGENT), List.of());

        assertThatThrownBy(() -> derived.add("FPN1234")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void noneWhenAskedThenGrantsNothingToAnyRole() {
        RolePermissions none = RolePermissions.none();

        assertThat(none.derive(List.of(Role.values()), List.of())).isEmpty();
        assertThat(none.grantedTo(Role.ADMIN)).isEmpty();
        assertThat(none.asMap()).isEmpty();
        assertThat(none).isEqualTo(RolePermissions.of(Map.of()));
    }

    @Test
    void ofWhenARoleRepeatsAPermissionThenKeepsItOnce() {
        RolePermissions repeated = RolePermissions.of(Map.of(Role.AGENT, List.of("FPN1", "FPN2", "FPN1")));

        assertThat(repeated.grantedTo(Role.AGENT)).containsExactly("FPN1", "FPN2");
    }

    @Test
    void ofWhenAPermissionIsBlankThenThrows() {
        assertThatThrownBy(() -> RolePermissions.of(Map.of(Role.AGENT, List.of("FPN1", " "))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("permission");
    }

    @Test
    void ofWhenTheSourceChangesLaterThenTheTableDoesNot() {
        List<String> agent = new ArrayList<>(List.of("FPN1"));
        Map<Role, List<String>> source = new HashMap<>(Map.of(Role.AGENT, agent));
        RolePermissions copied = RolePermissions.of(source);

        agent.add("FPN2");
        source.put(Role.ADMIN, List.of("FPN3"));

        assertThat(copied.grantedTo(Role.AGENT)).containsExactly("FPN1");
        assertThat(copied.grantedTo(Role.ADMIN)).isEmpty();
    }

    @Test
    void asMapWhenReadThenListsRolesInDeclarationOrderAndRefusesChanges() {
        Map<Role, List<String>> source = new HashMap<>();
        source.put(Role.ADMIN, List.of("FPN3"));
        source.put(Role.AGENT, List.of("FPN1"));
        source.put(Role.SUPERVISOR, List.of("FPN2"));

        Map<Role, List<String>> map = RolePermissions.of(source).asMap();

        assertThat(map.keySet()).containsExactly(Role.AGENT, Role.SUPERVISOR, Role.ADMIN);
        assertThatThrownBy(() -> map.put(Role.ADMIN, List.of())).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void equalsWhenSameGrantsThenEqualWhateverTheSourceMap() {
        Map<Role, List<String>> enumMap = new EnumMap<>(Role.class);
        enumMap.put(Role.AGENT, List.of("FPN9999", "FPN0000"));
        enumMap.put(Role.SUPERVISOR, List.of("FPN0100", "FPN0000", "FPN0200"));

        RolePermissions same = RolePermissions.of(enumMap);

        assertThat(same).isEqualTo(table).hasSameHashCodeAs(table);
        assertThat(same).isNotEqualTo(RolePermissions.of(Map.of(Role.AGENT, List.of("FPN0000", "FPN9999"))));
    }
}
