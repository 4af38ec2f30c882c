package dev.flextoken.application.port.out;

/**
 * The store or key source cannot answer right now; the caller may retry later.
 *
 * <p>The message is for logs and never carries personal data or secrets.
 */
public class StoreUnavailableException extends RuntimeException {

    public StoreUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }

    public StoreUnavailableException(String message) {
        super(message);
    }
}
