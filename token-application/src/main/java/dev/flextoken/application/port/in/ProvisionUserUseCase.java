package dev.flextoken.application.port.in;

import dev.flextoken.domain.AccountSid;
import dev.flextoken.domain.InstanceSid;
import dev.flextoken.domain.UserProfile;

import java.util.Objects;

/**
 * Makes sure a user of a given username exists in an instance: idempotent by username.
 */
public interface ProvisionUserUseCase {

    /** @return the created or updated user, or why there is none; never null */
    ProvisionResult provision(ProvisionUserCommand command);

    /**
     * @param caller   the account the caller acts for
     * @param instance the instance to provision into
     * @param username the user's username, 1 to 256 characters (personal data)
     * @param profile  the fields to set; those left empty keep their value
     */
    record ProvisionUserCommand(AccountSid caller, InstanceSid instance, String username, UserProfile profile) {
        public ProvisionUserCommand {
            Objects.requireNonNull(caller, "caller");
            Objects.requireNonNull(instance, "instance");
            Objects.requireNonNull(username, "username");
            Objects.requireNonNull(profile, "profile");
        }

        @Override
        public String toString() {
            return "ProvisionUserCommand[instance=" + instance + "]";
        }
    }

    /** What came of a provisioning. */
    sealed interface ProvisionResult {
    }

    /** @param user the user, new in the instance */
    record Created(FlexUserView user) implements ProvisionResult {
    }

    /** @param user the existing user, with the fields given applied */
    record Updated(FlexUserView user) implements ProvisionResult {
    }

    /** The instance does not exist or belongs to another account. */
    record InstanceNotFound() implements ProvisionResult {
    }
}
