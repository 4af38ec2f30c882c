package dev.flextoken.domain;

/**
 * The SID of a TaskRouter worker: its {@link #PREFIX} letters and 32 hex digits, kept with lower-case hex.
 *
 * @param value the normalised SID, never null
 */
public record WorkerSid(String value) {

    /** The prefix every WorkerSid carries. */
    public static final SidPrefix PREFIX = SidPrefix.WORKER;

    /**
     * @throws InvalidSidException when {@code value} is not a well-formed WorkerSid
     */
    public WorkerSid {
        value = Sids.normalise(value, PREFIX, "WorkerSid");
    }

    /**
     * Parses input from a caller, naming {@code parameter} in the failure.
     *
     * @throws InvalidSidException when {@code raw} is null, of the wrong shape or of another prefix
     */
    public static WorkerSid parse(String raw, String parameter) {
        return new WorkerSid(Sids.normalise(raw, PREFIX, parameter));
    }

    @Override
    public String toString() {
        return value;
    }
}
