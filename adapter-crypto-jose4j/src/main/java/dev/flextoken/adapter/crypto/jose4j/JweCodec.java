package dev.flextoken.adapter.crypto.jose4j;

import dev.flextoken.domain.TokenRejection;
import org.jose4j.jca.ProviderContext;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jwa.AlgorithmConstraints.ConstraintType;
import org.jose4j.jwe.JsonWebEncryption;
import org.jose4j.lang.JoseException;

import java.security.Key;
import java.security.SecureRandom;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Seals and opens compact JWEs with jose4j, under explicit allow-lists on both sides: the key's own algorithm
 * for {@code alg}, {@code A256GCM} for {@code enc}, and no compression.
 */
final class JweCodec {

    /** The {@code typ} of every Flex user token (RFC 8725 §3.11: explicit typing). */
    static final String TOKEN_TYPE = "flex-user+jwt";

    static final AlgorithmConstraints CONTENT_ENCRYPTION = new AlgorithmConstraints(ConstraintType.PERMIT,
            KeyAlgorithm.CONTENT_ENCRYPTION);

    private final SecureRandom random;
    private final ProviderContext providerContext;

    JweCodec(SecureRandom random) {
        this.random = Objects.requireNonNull(random, "random");
        this.providerContext = new ProviderContext();
        // jose4j draws ECDH ephemeral keys and GCM IVs from here; content keys and IVs are also set per call.
        // TODO(random): jose4j 0.9.6 inits the RSA-OAEP Cipher without a SecureRandom, so the OAEP padding seed
        //  comes from the JCA default; only that one draw escapes the injected source.
        this.providerContext.setSecureRandom(random);
    }

    /**
     * Seals the plaintext with the key, its algorithm, A256GCM and the token headers.
     *
     * @throws IllegalStateException when jose4j refuses, which a checked key never makes it do
     */
    String seal(TokenKey key, byte[] plaintext) {
        if (key.algorithm() == KeyAlgorithm.DIR) {
            return DirectGcm.seal(key.protectedHeader(), key.sealingKey(), plaintext, random);
        }

        JsonWebEncryption jwe = new JsonWebEncryption();
        jwe.setAlgorithmHeaderValue(key.algorithm().headerName());
        jwe.setEncryptionMethodHeaderParameter(KeyAlgorithm.CONTENT_ENCRYPTION);
        jwe.setKeyIdHeaderValue(key.kid());
        jwe.setHeader("typ", TOKEN_TYPE);
        jwe.setAlgorithmConstraints(key.algorithmConstraints());
        jwe.setContentEncryptionAlgorithmConstraints(CONTENT_ENCRYPTION);
        jwe.setProviderContext(providerContext);
        jwe.setKey(key.sealingKey());

        jwe.setContentEncryptionKey(KeySetGenerator.randomBytes(random, KeyAlgorithm.AES_KEY_BYTES));
        jwe.setIv(KeySetGenerator.randomBytes(random, KeyAlgorithm.GCM_IV_BYTES));
        jwe.setPlaintext(plaintext);
        try {
            return jwe.getCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException("jose4j could not seal with the key " + key.kid(), e);
        }
    }

    /**
     * Checks the header against what the key admits, then decrypts.
     *
     * @param token            a token of the right shape
     * @param key              the secret or private key to open with
     * @param keyAlgorithm     the {@code alg} the key serves; any other is refused
     * @param algorithms       the {@code alg} allow-list
     * @param contentAlgorithms the {@code enc} allow-list
     * @return the plaintext, or the first check that failed: ALGORITHM_NOT_ALLOWED or UNDECRYPTABLE
     */
    Opening decrypt(CompactToken token, Key key, String keyAlgorithm, Set<String> algorithms,
                    Set<String> contentAlgorithms) {
        if (token.alg() == null || !algorithms.contains(token.alg()) || !token.alg().equals(keyAlgorithm)
                || token.enc() == null || !contentAlgorithms.contains(token.enc()) || token.compressed()) {
            return new Opening.Refused(TokenRejection.ALGORITHM_NOT_ALLOWED);
        }

        Optional<byte[]> plaintext = decryptWithJose4j(token, key,
                new AlgorithmConstraints(ConstraintType.PERMIT, keyAlgorithm),
                new AlgorithmConstraints(ConstraintType.PERMIT, contentAlgorithms.toArray(String[]::new)));
        return plaintext.<Opening>map(Opening.Decrypted::new)
                .orElseGet(() -> new Opening.Refused(TokenRejection.UNDECRYPTABLE));
    }

    /** The production path: constraints come prebuilt with the key. */
    Opening decrypt(CompactToken token, TokenKey key) {
        if (!key.algorithm().headerName().equals(token.alg())
                || !KeyAlgorithm.CONTENT_ENCRYPTION.equals(token.enc()) || token.compressed()) {
            return new Opening.Refused(TokenRejection.ALGORITHM_NOT_ALLOWED);
        }

        Optional<byte[]> plaintext = key.algorithm() == KeyAlgorithm.DIR
                ? DirectGcm.open(token, key.openingKey())
                : decryptWithJose4j(token, key.openingKey(), key.algorithmConstraints(), CONTENT_ENCRYPTION);
        return plaintext.<Opening>map(Opening.Decrypted::new)
                .orElseGet(() -> new Opening.Refused(TokenRejection.UNDECRYPTABLE));
    }

    private Optional<byte[]> decryptWithJose4j(CompactToken token, Key key, AlgorithmConstraints algorithms,
                                               AlgorithmConstraints contentAlgorithms) {
        try {
            JsonWebEncryption jwe = new JsonWebEncryption();
            jwe.setAlgorithmConstraints(algorithms);
            jwe.setContentEncryptionAlgorithmConstraints(contentAlgorithms);
            jwe.setProviderContext(providerContext);
            jwe.setCompactSerialization(token.compact());
            jwe.setKey(key);
            return Optional.of(jwe.getPlaintextBytes());
        } catch (JoseException | RuntimeException e) {
            // Tag mismatch, bad padding, an epk off the curve, a wrong key size: all one answer, no oracle.
            return Optional.empty();
        }
    }

    /** What opening produced so far. */
    sealed interface Opening {

        /** @param plaintext the decrypted payload */
        record Decrypted(byte[] plaintext) implements Opening {
        }

        /** @param reason the first check that failed */
        record Refused(TokenRejection reason) implements Opening {
        }
    }
}
