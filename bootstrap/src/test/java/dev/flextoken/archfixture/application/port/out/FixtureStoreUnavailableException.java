package dev.flextoken.archfixture.application.port.out;

/** Follows every rule: a class (not an interface) beside the out-ports needs no {@code Port} suffix. */
public final class FixtureStoreUnavailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public FixtureStoreUnavailableException(String message) {
        super(message);
    }
}
