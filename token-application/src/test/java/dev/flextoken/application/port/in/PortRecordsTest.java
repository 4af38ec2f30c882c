package dev.flextoken.application.port.in;

import dev.flextoken.application.port.in.FindUsersUseCase.ListUsersQuery;
import dev.flextoken.application.port.in.ProvisionUserUseCase.ProvisionUserCommand;
import dev.flextoken.application.port.in.ValidateTokenUseCase.ValidateTokenCommand;
import dev.flextoken.domain.UserProfile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Optional;

import static dev.flextoken.domain.DomainFixtures.ACCOUNT;
import static dev.flextoken.domain.DomainFixtures.INSTANCE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rules and the log-safe printing of the in-ports' commands and queries. */
class PortRecordsTest {

    private static ListUsersQuery queryOf(int pageSize) {
        return new ListUsersQuery(ACCOUNT, INSTANCE, Optional.of("jane.doe"), pageSize, Optional.empty());
    }

    @ParameterizedTest
    @ValueSource(ints = {1, FindUsersUseCase.DEFAULT_PAGE_SIZE, FindUsersUseCase.MAX_PAGE_SIZE})
    void listUsersQueryWhenPageSizeWithinBoundsThenAccepted(int pageSize) {
        assertThat(queryOf(pageSize).pageSize()).isEqualTo(pageSize);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, FindUsersUseCase.MAX_PAGE_SIZE + 1, Integer.MAX_VALUE})
    void listUsersQueryWhenPageSizeOutOfBoundsThenThrowsNamingPageSize(int pageSize) {
        assertThatThrownBy(() -> queryOf(pageSize))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("PageSize")
                .hasMessageContaining("1000");
    }

    @Test
    void pageSizesWhenReadThenMatchTheUsersApi() {
        assertThat(FindUsersUseCase.DEFAULT_PAGE_SIZE).isEqualTo(50);
        assertThat(FindUsersUseCase.MAX_PAGE_SIZE).isEqualTo(1000);
    }

    @Test
    void listUsersQueryWhenPrintedThenLeavesTheUsernameOut() {
        assertThat(queryOf(10).toString()).contains(INSTANCE.value()).doesNotContain("jane.doe");
    }

    @Test
    void provisionUserCommandWhenPrintedThenLeavesTheUsernameOut() {
        ProvisionUserCommand command = new ProvisionUserCommand(ACCOUNT, INSTANCE, "jane.doe", UserProfile.empty());

        assertThat(command.toString()).contains(INSTANCE.value()).doesNotContain("jane.doe");
    }

    @Test
    void validateTokenCommandWhenPrintedThenLeavesTheTokenOut() {
        ValidateTokenCommand command = new ValidateTokenCommand(ACCOUNT, "eyJhbGciOiJkaXIi.x.y.z.w");

        assertThat(command.toString()).contains(ACCOUNT.value()).doesNotContain("eyJhbGciOiJkaXIi");
    }
}
