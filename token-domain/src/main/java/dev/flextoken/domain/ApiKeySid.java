package dev.flextoken.domain;

/**
 * The SID of an API key: its {@link #PREFIX} letters and 32 hex digits, kept with lower-case hex.
 *
 * @param value the normalised SID, never null
 */
public record ApiKeySid(String value) {

    /** The prefix every ApiKeySid carries. */
    public static final SidPrefix PREFIX = SidPrefix.API_KEY;

    /**
     * @throws InvalidSidException when {@code value} is not a well-formed ApiKeySid
     */
    public ApiKeySid {
        value = Sids.normalise(value, PREFIX, "ApiKeySid");
    }

    /**
     * Parses input from a caller, naming {@code parameter} in the failure.
     *
     * @throws InvalidSidException when {@code raw} is null, of the wrong shape or of another prefix
     */
    public static ApiKeySid parse(String raw, String parameter) {
        return new ApiKeySid(Sids.normalise(raw, PREFIX, parameter));
    }

    @Override
    public String toString() {
        return value;
    }
}
