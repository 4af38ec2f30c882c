package dev.flextoken.application.port.in;

import dev.flextoken.domain.AccountSid;
import dev.flextoken.domain.FlexUserSid;
import dev.flextoken.domain.InstanceSid;

import java.util.Objects;

/**
 * Deactivates a user: it can no longer be issued tokens, and every token issued to it stops validating.
 */
public interface DeprovisionUserUseCase {

    /** @return what came of it; never null */
    DeprovisionResult deprovision(DeprovisionUserCommand command);

    /**
     * @param caller   the account the caller acts for
     * @param instance the user's instance
     * @param user     the user to deactivate
     */
    record DeprovisionUserCommand(AccountSid caller, InstanceSid instance, FlexUserSid user) {
        public DeprovisionUserCommand {
            Objects.requireNonNull(caller, "caller");
            Objects.requireNonNull(instance, "instance");
            Objects.requireNonNull(user, "user");
        }
    }

    /** What came of a deprovisioning. */
    sealed interface DeprovisionResult {
    }

    /** @param user the user as it now stands, deactivated (deprovisioning twice is harmless) */
    record Deprovisioned(FlexUserView user) implements DeprovisionResult {
    }

    /** The instance or the user does not exist, or belongs to another account. */
    record NotFound() implements DeprovisionResult {
    }
}
