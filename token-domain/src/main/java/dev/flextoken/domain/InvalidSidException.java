package dev.flextoken.domain;

/**
 * A SID of the wrong shape or prefix. The message names the parameter, never the value given.
 */
public final class InvalidSidException extends IllegalArgumentException {

    private final String parameter;

    public InvalidSidException(String parameter, SidPrefix expected) {
        super("The parameter '" + parameter + "' must be a SID of 34 characters: '" + expected.letters()
                + "' followed by 32 hexadecimal digits");
        this.parameter = parameter;
    }

    /** @return the name of the parameter that carried the bad SID, never null */
    public String parameter() {
        return parameter;
    }
}
