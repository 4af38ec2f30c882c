package dev.flextoken.adapter.crypto.jose4j;

import org.jose4j.jwe.ContentEncryptionAlgorithmIdentifiers;
import org.jose4j.jwe.KeyManagementAlgorithmIdentifiers;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The key-management algorithms a key set may use (DESIGN.md §4), each with the key type it needs. Every one
 * is paired with {@link #CONTENT_ENCRYPTION}; nothing else is accepted on either side.
 */
enum KeyAlgorithm {
    DIR(KeyManagementAlgorithmIdentifiers.DIRECT, "oct"),
    A256KW(KeyManagementAlgorithmIdentifiers.A256KW, "oct"),
    RSA_OAEP_256(KeyManagementAlgorithmIdentifiers.RSA_OAEP_256, "RSA"),
    ECDH_ES_A256KW(KeyManagementAlgorithmIdentifiers.ECDH_ES_A256KW, "EC");

    /** The one content-encryption algorithm of every token. */
    static final String CONTENT_ENCRYPTION = ContentEncryptionAlgorithmIdentifiers.AES_256_GCM;

    /** The production allow-list for {@code alg}: every constant's header name. */
    static final Set<String> ALLOWED_ALGORITHMS = Arrays.stream(values())
            .map(KeyAlgorithm::headerName)
            .collect(Collectors.toUnmodifiableSet());

    /** The production allow-list for {@code enc}. */
    static final Set<String> ALLOWED_CONTENT_ENCRYPTION = Set.of(CONTENT_ENCRYPTION);

    /** The size of every AES key here, in bytes: {@code dir} and {@code A256KW} keys, A256GCM content keys. */
    static final int AES_KEY_BYTES = 32;

    /** The size of {@code dir} and {@code A256KW} keys, in bits. */
    static final int SYMMETRIC_KEY_BITS = AES_KEY_BYTES * Byte.SIZE;

    /** The size of an A256GCM IV, in bytes (96 bits, RFC 7518 §5.3). */
    static final int GCM_IV_BYTES = 12;

    /** The smallest RSA modulus accepted, in bits (RFC 7518 §4.3 requires 2048 or more). */
    static final int MIN_RSA_BITS = 2048;

    /** The only curve ECDH-ES keys may use. */
    static final String EC_CURVE = "P-256";

    private final String headerName;
    private final String keyType;

    KeyAlgorithm(String headerName, String keyType) {
        this.headerName = headerName;
        this.keyType = keyType;
    }

    /** @return the {@code alg} value, such as {@code dir} */
    String headerName() {
        return headerName;
    }

    /** @return the {@code kty} a key of this algorithm must have */
    String keyType() {
        return keyType;
    }

    /** @return the algorithm of that exact {@code alg} value, or empty */
    static Optional<KeyAlgorithm> fromHeaderName(String name) {
        for (KeyAlgorithm algorithm : values()) {
            if (algorithm.headerName.equals(name)) {
                return Optional.of(algorithm);
            }
        }
        return Optional.empty();
    }

    /** @return the supported {@code alg} values, comma-separated, for messages */
    static String supportedNames() {
        return Arrays.stream(values()).map(KeyAlgorithm::headerName).collect(Collectors.joining(", "));
    }
}
