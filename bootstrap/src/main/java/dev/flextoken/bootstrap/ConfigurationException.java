package dev.flextoken.bootstrap;

/**
 * A setting that stops the start. The message names the setting and fits on one line.
 */
public final class ConfigurationException extends RuntimeException {

    public ConfigurationException(String setting, String problem) {
        super("The setting '" + setting + "' " + problem);
    }

    public ConfigurationException(String message, Throwable cause) {
        super(message, cause);
    }
}
