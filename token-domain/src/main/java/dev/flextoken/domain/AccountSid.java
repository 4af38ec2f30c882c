package dev.flextoken.domain;

/**
 * The SID of an account: its {@link #PREFIX} letters and 32 hex digits, kept with lower-case hex.
 *
 * @param value the normalised SID, never null
 */
public record AccountSid(String value) {

    /** The prefix every AccountSid carries. */
    public static final SidPrefix PREFIX = SidPrefix.ACCOUNT;

    /**
     * @throws InvalidSidException when {@code value} is not a well-formed AccountSid
     */
    public AccountSid {
        value = Sids.normalise(value, PREFIX, "AccountSid");
    }

    /**
     * Parses input from a caller, naming {@code parameter} in the failure.
     *
     * @throws InvalidSidException when {@code raw} is null, of the wrong shape or of another prefix
     */
    public static AccountSid parse(String raw, String parameter) {
        return new AccountSid(Sids.normalise(raw, PREFIX, parameter));
    }

    @Override
    public String toString() {
        return value;
    }
}
