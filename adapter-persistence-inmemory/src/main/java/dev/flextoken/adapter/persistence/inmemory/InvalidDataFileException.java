package dev.flextoken.adapter.persistence.inmemory;

/**
 * A data file that cannot be loaded: unreadable, not strict JSON, or an entry that breaks a rule.
 *
 * <p>The message reads {@code <source>: <json path>: <problem>}, for example
 * {@code demo.json: users[2].instance_sid: must be a SID of 34 characters: 'GO' followed by 32 hexadecimal digits},
 * and is meant to stop a start-up as one clear line. It names where the problem is and never echoes a value
 * from the file, so no secret or personal data can reach a log through it.
 */
public final class InvalidDataFileException extends RuntimeException {

    private final String source;
    private final String jsonPath;

    InvalidDataFileException(String source, String jsonPath, String problem) {
        super(source + ": " + (jsonPath.isEmpty() ? "" : jsonPath + ": ") + problem);
        this.source = source;
        this.jsonPath = jsonPath;
    }

    InvalidDataFileException(String source, String problem, Throwable cause) {
        super(source + ": " + problem, cause);
        this.source = source;
        this.jsonPath = "";
    }

    /** @return the file or resource name the data came from, never null */
    public String source() {
        return source;
    }

    /**
     * @return the JSON path of the bad entry, such as {@code users[2].instance_sid}; empty (never null) when
     *         the problem concerns the file as a whole
     */
    public String jsonPath() {
        return jsonPath;
    }
}
