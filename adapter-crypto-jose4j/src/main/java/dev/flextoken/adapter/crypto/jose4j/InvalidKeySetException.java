package dev.flextoken.adapter.crypto.jose4j;

/**
 * A key set that cannot be used: it does not parse, or one of its keys breaks a rule of DESIGN.md §5 (unique
 * {@code kid}, a supported {@code alg}, the minimum key size, a private part to open tokens with).
 *
 * <p>The message names the source (the file, when there is one), the key (by position and {@code kid}) and what
 * is wrong. It never carries key material.
 */
public final class InvalidKeySetException extends RuntimeException {

    InvalidKeySetException(String message) {
        super(message);
    }

    InvalidKeySetException(String message, Throwable cause) {
        super(message, cause);
    }
}
