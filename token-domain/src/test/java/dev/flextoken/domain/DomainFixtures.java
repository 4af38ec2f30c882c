package dev.flextoken.domain;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The common account, instance and user of the tests, and builders to vary them.
 *
 * <p>Published in this module's test jar, so that the application's tests share the same fixtures.
 */
public final class DomainFixtures {

    /** The account the tests act for. */
    public static final AccountSid ACCOUNT = new AccountSid(sid("AC", 1));

    /** Another account, which must never see the first one's resources. */
    public static final AccountSid OTHER_ACCOUNT = new AccountSid(sid("AC", 2));

    /** The instance of {@link #ACCOUNT}. */
    public static final InstanceSid INSTANCE = new InstanceSid(sid("GO", 1));

    /** An instance of {@link #OTHER_ACCOUNT}. */
    public static final InstanceSid OTHER_INSTANCE = new InstanceSid(sid("GO", 2));

    /** The user Jane of {@link #INSTANCE}. */
    public static final FlexUserSid JANE = new FlexUserSid(sid("FU", 1));

    /** The worker linked to Jane. */
    public static final WorkerSid JANE_WORKER = new WorkerSid(sid("WK", 1));

    /** Jane's username, which is also her identity. */
    public static final String JANE_USERNAME = "jane.doe";

    /** A moment with a fraction of a second, to catch code that forgets to truncate. */
    public static final Instant NOW = Instant.parse("2025-10-23T15:22:26.750Z");

    /** The agent role table of the example in DESIGN.md. */
    public static final RolePermissions AGENT_TABLE = RolePermissions.of(Map.of(
            Role.AGENT, List.of("FPN9999", "FPN0000"),
            Role.SUPERVISOR, List.of("FPN0000", "FPN0100")));

    private DomainFixtures() {
    }

    /** @return {@code prefix} followed by {@code number} as 32 lower-case hex digits */
    public static String sid(String prefix, long number) {
        return prefix + String.format("%032x", number);
    }

    /** @return a builder of {@link #INSTANCE}: owned by {@link #ACCOUNT}, no TTL override, {@link #AGENT_TABLE} */
    public static FlexInstanceBuilder anInstance() {
        return new FlexInstanceBuilder();
    }

    /** @return a builder of Jane: an active agent of {@link #INSTANCE}, version 1, created at {@link #NOW} */
    public static FlexUserBuilder aUser() {
        return new FlexUserBuilder();
    }
}
