package dev.flextoken.application.port.in;

import dev.flextoken.domain.AccountSid;
import dev.flextoken.domain.TokenClaims;
import dev.flextoken.domain.TokenRejection;
import dev.flextoken.domain.WorkerSid;

import java.util.Objects;
import java.util.Optional;

/**
 * Checks a token the way a Flex application does before letting its bearer in.
 */
public interface ValidateTokenUseCase {

    /**
     * Never throws for a bad token: every way a token can be wrong is a {@link Invalid} answer.
     *
     * @return whether the token validates, and what it says when it does; never null
     */
    TokenValidation validate(ValidateTokenCommand command);

    /**
     * @param account the account the token must belong to
     * @param token   the compact JWE as received, of any content (a bearer credential: never log it)
     */
    record ValidateTokenCommand(AccountSid account, String token) {
        public ValidateTokenCommand {
            Objects.requireNonNull(account, "account");
            Objects.requireNonNull(token, "token");
        }

        @Override
        public String toString() {
            return "ValidateTokenCommand[account=" + account + "]";
        }
    }

    /** The answer to a validation. */
    sealed interface TokenValidation {
    }

    /**
     * @param claims    the token's claims
     * @param workerSid the TaskRouter worker of the token's user, when it has one
     */
    record Valid(TokenClaims claims, Optional<WorkerSid> workerSid) implements TokenValidation {
    }

    /** @param reason why the token does not validate */
    record Invalid(TokenRejection reason) implements TokenValidation {
    }
}
