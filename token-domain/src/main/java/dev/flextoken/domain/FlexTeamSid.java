package dev.flextoken.domain;

/**
 * The SID of a Flex team: its {@link #PREFIX} letters and 32 hex digits, kept with lower-case hex.
 *
 * @param value the normalised SID, never null
 */
public record FlexTeamSid(String value) {

    /** The prefix every FlexTeamSid carries. */
    public static final SidPrefix PREFIX = SidPrefix.FLEX_TEAM;

    /**
     * @throws InvalidSidException when {@code value} is not a well-formed FlexTeamSid
     */
    public FlexTeamSid {
        value = Sids.normalise(value, PREFIX, "FlexTeamSid");
    }

    /**
     * Parses input from a caller, naming {@code parameter} in the failure.
     *
     * @throws InvalidSidException when {@code raw} is null, of the wrong shape or of another prefix
     */
    public static FlexTeamSid parse(String raw, String parameter) {
        return new FlexTeamSid(Sids.normalise(raw, PREFIX, parameter));
    }

    @Override
    public String toString() {
        return value;
    }
}
