package dev.flextoken.application.port.in;

import dev.flextoken.domain.AccountSid;
import dev.flextoken.domain.FlexUserSid;
import dev.flextoken.domain.InstanceSid;
import dev.flextoken.domain.TokenInfo;
import dev.flextoken.domain.TtlPolicy;

import java.util.Objects;
import java.util.OptionalLong;

/**
 * Issues a Flex user token: the Flex User Token API's one operation.
 */
public interface IssueTokenUseCase {

    /** @return the token, or why none was issued; never null */
    IssueTokenResult issue(IssueTokenCommand command);

    /**
     * @param caller   the account the caller acts for
     * @param instance the instance the token is for
     * @param user     the user the token is for
     * @param ttl      the requested time to live in seconds, or empty for the instance's default
     */
    record IssueTokenCommand(AccountSid caller, InstanceSid instance, FlexUserSid user, OptionalLong ttl) {
        public IssueTokenCommand {
            Objects.requireNonNull(caller, "caller");
            Objects.requireNonNull(instance, "instance");
            Objects.requireNonNull(user, "user");
            Objects.requireNonNull(ttl, "ttl");
        }
    }

    /** What came of a request for a token. */
    sealed interface IssueTokenResult {
    }

    /**
     * @param accessToken the compact JWE: a bearer credential that must never be logged
     * @param tokenInfo   what the token says about its user (personal data)
     */
    record Issued(String accessToken, TokenInfo tokenInfo) implements IssueTokenResult {
        @Override
        public String toString() {
            return "Issued[" + tokenInfo + "]";
        }
    }

    /** The instance does not exist or belongs to another account. */
    record InstanceNotFound() implements IssueTokenResult {
    }

    /** The user does not exist in the instance. */
    record UserNotFound() implements IssueTokenResult {
    }

    /** The user has been deprovisioned. */
    record UserDeactivated() implements IssueTokenResult {
    }

    /** @param policy the policy the requested TTL falls outside of */
    record TtlOutOfRange(TtlPolicy policy) implements IssueTokenResult {
    }
}
