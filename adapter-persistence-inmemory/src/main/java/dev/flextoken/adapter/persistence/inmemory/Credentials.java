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
    private static final int PREFIX_LENGTH = 2;
    private static final String ACCOUNT_LETTERS = AccountSid.PREFIX.letters();
    private static final String API_KEY_LETTERS = ApiKeySid.PREFIX.letters();

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

    /**
     * Checks the shape and lowers the hex in one pass, where the domain's parse would scan twice and throw on
     * garbage, which is common here. It must agree with the domain's normalisation, since the stored keys are
     * the domain's values; the tests of upper- and mixed-case principals would catch a drift.
     *
     * @return the principal as stored (hex in lower case), or empty when it is no account or API key SID
     */
    private static Optional<String> normalise(String principal) {
        if (principal == null || principal.length() != SID_LENGTH
                || !(principal.startsWith(ACCOUNT_LETTERS) || principal.startsWith(API_KEY_LETTERS))) {
            return Optional.empty();
        }

        char[] sid = new char[SID_LENGTH];
        principal.getChars(0, PREFIX_LENGTH, sid, 0);
        for (int i = PREFIX_LENGTH; i < SID_LENGTH; i++) {
            char c = principal.charAt(i);
            if ((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f')) {
                sid[i] = c;
            } else if (c >= 'A' && c <= 'F') {
                sid[i] = (char) (c - 'A' + 'a');
            } else {
                return Optional.empty();
            }
        }
        return Optional.of(new String(sid));
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
