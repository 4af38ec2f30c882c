package dev.flextoken.application.port.out;

import dev.flextoken.domain.AccountSid;

import java.util.Optional;

/**
 * Checks a principal's secret against what the store keeps of it (a keyed hash, never the secret).
 */
public interface CheckCredentialsPort {

    /**
     * Compares in constant time, and spends the same work on an unknown principal as on a known one, so
     * that neither the answer nor its timing tells the two apart.
     *
     * @param principal an account SID or an API key SID as presented, of any shape
     * @param secret    the presented auth token or API key secret
     * @return the account the principal acts for, or empty when the pair does not match; never null
     */
    Optional<AccountSid> accountFor(String principal, String secret);
}
