package dev.flextoken.adapter.persistence.inmemory;

import dev.flextoken.domain.AccountSid;
import dev.flextoken.domain.ApiKeySid;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Map;
import java.util.Optional;

/**
 * The principals of the data file (account SIDs and API key SIDs) with the keyed hashes of their secrets.
 *
 * <p>Immutable once built, so any number of threads may check credentials at once.
 */
final class Credentials {

    private static final int SID_LENGTH = 34;

    private final SecretHasher hasher;
    private final Map<String, Credential> byPrincipal;
    private final byte[] unknownPrincipalHash;

    /**
     * @param byPrincipal each principal's normalised SID (lower-case hex) and what it proves
     */
    Credentials(SecretHasher hasher, Map<String, Credential> byPrincipal, SecureRandom random) {
        this.hasher = hasher;
        this.byPrincipal = Map.copyOf(byPrincipal);
        this.unknownPrincipalHash = new byte[hasher.length()];
        random.nextBytes(unknownPrincipalHash);
    }

    /**
     * Every call hashes the presented secret and compares it in constant time with a stored hash, a random
     * one when the principal is unknown or malformed, so that the work done does not depend on whether the
     * principal exists.
     */
    Optional<AccountSid> accountFor(String principal, String secret) {
        Optional<Credential> known = normalise(principal).map(byPrincipal::get);
        byte[] expected = known.map(Credential::secretHash).orElse(unknownPrincipalHash);

        byte[] presented = hasher.hash(secret == null ? "" : secret);
        boolean matches = MessageDigest.isEqual(presented, expected);

        return matches ? known.map(Credential::account) : Optional.empty();
    }

    int size() {
        return byPrincipal.size();
    }

    /** @return the principal as stored (hex in lower case), or empty when it is no account or API key SID */
    private static Optional<String> normalise(String principal) {
        if (principal == null || principal.length() != SID_LENGTH || !isHex(principal)) {
            return Optional.empty();
        }
        if (principal.startsWith(AccountSid.PREFIX.letters())) {
            return Optional.of(AccountSid.parse(principal, "principal").value());
        }
        if (principal.startsWith(ApiKeySid.PREFIX.letters())) {
            return Optional.of(ApiKeySid.parse(principal, "principal").value());
        }
        return Optional.empty();
    }

    // Checked here, not by catching the domain's exception: garbage principals are common and cheap to refuse.
    private static boolean isHex(String sid) {
        for (int i = 2; i < sid.length(); i++) {
            char c = sid.charAt(i);
            boolean hex = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
            if (!hex) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return "Credentials[" + byPrincipal.size() + " principals]";
    }

    /**
     * @param account    the account the principal acts for
     * @param secretHash the keyed hash of the principal's secret
     */
    record Credential(AccountSid account, byte[] secretHash) {

        /** Names the account only: the hash is no secret, but it has no business in a log either. */
        @Override
        public String toString() {
            return "Credential[" + account + "]";
        }
    }
}
