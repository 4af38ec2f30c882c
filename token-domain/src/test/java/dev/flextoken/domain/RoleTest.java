package dev.flextoken.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class RoleTest {

    @Test
    void wireNameWhenReadThenIsTheLowerCaseName() {
        assertThat(Role.AGENT.wireName()).isEqualTo("agent");
        assertThat(Role.SUPERVISOR.wireName()).isEqualTo("supervisor");
        assertThat(Role.ADMIN.wireName()).isEqualTo("admin");
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void fromWireNameWhenGivenAWireNameThenReturnsItsRole(Role role) {
        assertThat(Role.fromWireName(role.wireName())).contains(role);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"AGENT", "Agent", " agent", "agent ", "owner", "guest"})
    void fromWireNameWhenNotAnExactWireNameThenEmpty(String name) {
        assertThat(Role.fromWireName(name)).isEmpty();
    }
}
