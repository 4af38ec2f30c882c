package dev.flextoken.adapter.persistence.inmemory;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;

/**
 * Hashes secrets with HMAC-SHA256 under a key drawn when the hasher is made, once per store load (two stores,
 * even of the same file, hash under different keys), so that the store never holds a secret and a copy of its
 * memory gives nothing to test guesses against offline without the key as well.
 *
 * <p>A keyed fast hash is enough here: auth tokens and API key secrets are high-entropy, not passwords.
 */
final class SecretHasher {

    private static final String ALGORITHM = "HmacSHA256";
    private static final int KEY_BYTES = 32;

    private final Mac prototype;

    SecretHasher(SecureRandom random) {
        byte[] key = new byte[KEY_BYTES];
        random.nextBytes(key);
        try {
            prototype = Mac.getInstance(ALGORITHM);
            prototype.init(new SecretKeySpec(key, ALGORITHM));
        } catch (GeneralSecurityException missing) {
            throw new IllegalStateException("The JDK offers no " + ALGORITHM, missing);
        } finally {
            Arrays.fill(key, (byte) 0);
        }
    }

    /** @return the keyed hash of {@code secret}'s UTF-8 bytes, 32 bytes long */
    byte[] hash(String secret) {
        return newMac().doFinal(secret.getBytes(StandardCharsets.UTF_8));
    }

    /** @return how long every hash is, in bytes */
    int length() {
        return prototype.getMacLength();
    }

    // A Mac is not thread-safe; cloning the keyed prototype is much cheaper than a provider lookup and init.
    private Mac newMac() {
        try {
            return (Mac) prototype.clone();
        } catch (CloneNotSupportedException unexpected) {
            throw new IllegalStateException(ALGORITHM + " of this JDK cannot be cloned", unexpected);
        }
    }

    @Override
    public String toString() {
        return "SecretHasher[" + ALGORITHM + "]";
    }
}
