package dev.flextoken.domain;

/**
 * The SID of a Flex user: its {@link #PREFIX} letters and 32 hex digits, kept with lower-case hex.
 *
 * @param value the normalised SID, never null
 */
public record FlexUserSid(String value) {

    /** The prefix every FlexUserSid carries. */
    public static final SidPrefix PREFIX = SidPrefix.FLEX_USER;

    /**
     * @throws InvalidSidException when {@code value} is not a well-formed FlexUserSid
     */
    public FlexUserSid {
        value = Sids.normalise(value, PREFIX, "FlexUserSid");
    }

    /**
     * Parses input from a caller, naming {@code parameter} in the failure.
     *
     * @throws InvalidSidException when {@code raw} is null, of the wrong shape or of another prefix
     */
    public static FlexUserSid parse(String raw, String parameter) {
        return new FlexUserSid(Sids.normalise(raw, PREFIX, parameter));
    }

    @Override
    public String toString() {
        return value;
    }
}
