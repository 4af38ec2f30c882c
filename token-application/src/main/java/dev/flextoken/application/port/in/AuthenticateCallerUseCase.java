package dev.flextoken.application.port.in;

import dev.flextoken.domain.AccountSid;

/**
 * Tells which account a caller acts for, from the credentials it presented.
 */
public interface AuthenticateCallerUseCase {

    /**
     * @param principal an account SID or an API key SID, as presented (not yet checked for shape)
     * @param secret    the account's auth token or the API key's secret
     * @return the caller's account, or a refusal that does not say which part was wrong; never null
     */
    Authentication authenticate(String principal, String secret);

    /** The outcome of an authentication. */
    sealed interface Authentication {
    }

    /** @param account the account the caller acts for */
    record Authenticated(AccountSid account) implements Authentication {
    }

    /** Unknown principal and wrong secret alike: the caller must not learn which. */
    record Refused() implements Authentication {
    }
}
