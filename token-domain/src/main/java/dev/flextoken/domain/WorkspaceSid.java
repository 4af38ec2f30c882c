package dev.flextoken.domain;

/**
 * The SID of a TaskRouter workspace: its {@link #PREFIX} letters and 32 hex digits, kept with lower-case hex.
 *
 * @param value the normalised SID, never null
 */
public record WorkspaceSid(String value) {

    /** The prefix every WorkspaceSid carries. */
    public static final SidPrefix PREFIX = SidPrefix.WORKSPACE;

    /**
     * @throws InvalidSidException when {@code value} is not a well-formed WorkspaceSid
     */
    public WorkspaceSid {
        value = Sids.normalise(value, PREFIX, "WorkspaceSid");
    }

    /**
     * Parses input from a caller, naming {@code parameter} in the failure.
     *
     * @throws InvalidSidException when {@code raw} is null, of the wrong shape or of another prefix
     */
    public static WorkspaceSid parse(String raw, String parameter) {
        return new WorkspaceSid(Sids.normalise(raw, PREFIX, parameter));
    }

    @Override
    public String toString() {
        return value;
    }
}
