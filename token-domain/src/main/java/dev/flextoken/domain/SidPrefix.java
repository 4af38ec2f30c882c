package dev.flextoken.domain;

/**
 * The two-letter prefixes that tell which kind of resource a SID names.
 *
 * <p>The prefix is case sensitive: {@code ac...} is not an account SID.
 */
public enum SidPrefix {
    ACCOUNT("AC"),
    FLEX_INSTANCE("GO"),
    FLEX_USER("FU"),
    API_KEY("SK"),
    WORKER("WK"),
    WORKSPACE("WS"),
    FLEX_TEAM("QO");

    private final String letters;

    SidPrefix(String letters) {
        this.letters = letters;
    }

    /** @return the two upper-case letters, never null */
    public String letters() {
        return letters;
    }
}
