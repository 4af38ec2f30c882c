package dev.flextoken.domain;

/**
 * A TTL policy whose bounds contradict each other. The message names the setting at fault.
 */
public final class InvalidTtlPolicyException extends IllegalArgumentException {

    private final String setting;
    private final String problem;

    public InvalidTtlPolicyException(String setting, String problem) {
        super("The setting '" + setting + "' " + problem);
        this.setting = setting;
        this.problem = problem;
    }

    /** @return what is wrong with the setting, without its name, such as {@code must be at least 1 second} */
    public String problem() {
        return problem;
    }

    /** @return the name of the setting at fault, such as {@code ttl.max}; never null */
    public String setting() {
        return setting;
    }
}
