package dev.flextoken.domain;

/**
 * The SID of a Flex instance: its {@link #PREFIX} letters and 32 hex digits, kept with lower-case hex.
 *
 * @param value the normalised SID, never null
 */
public record InstanceSid(String value) {

    /** The prefix every InstanceSid carries. */
    public static final SidPrefix PREFIX = SidPrefix.FLEX_INSTANCE;

    /**
     * @throws InvalidSidException when {@code value} is not a well-formed InstanceSid
     */
    public InstanceSid {
        value = Sids.normalise(value, PREFIX, "InstanceSid");
    }

    /**
     * Parses input from a caller, naming {@code parameter} in the failure.
     *
     * @throws InvalidSidException when {@code raw} is null, of the wrong shape or of another prefix
     */
    public static InstanceSid parse(String raw, String parameter) {
        return new InstanceSid(Sids.normalise(raw, PREFIX, parameter));
    }

    @Override
    public String toString() {
        return value;
    }
}
