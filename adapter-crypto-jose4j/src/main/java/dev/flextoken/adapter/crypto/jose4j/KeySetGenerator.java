package dev.flextoken.adapter.crypto.jose4j;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.jose4j.jwk.EcJwkGenerator;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.JsonWebKey.OutputControlLevel;
import org.jose4j.jwk.RsaJwkGenerator;
import org.jose4j.keys.EllipticCurves;
import org.jose4j.lang.JoseException;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Makes fresh keys for {@code keys generate} and for the ephemeral key set, from the injected randomness.
 */
final class KeySetGenerator {

    /** 96 random bits: unique enough among the handful of keys a set holds, short in every token header. */
    private static final int KID_BYTES = 12;

    private KeySetGenerator() {
    }

    /**
     * @return a JWK Set text with one fresh key of {@code algorithm}, private parts included
     * @throws IllegalArgumentException when {@code kid} is present but blank
     */
    static String generate(KeyAlgorithm algorithm, Optional<String> kid, SecureRandom random) {
        String keyId = kid.orElseGet(() -> randomKid(random));
        if (keyId.isBlank()) {
            throw new IllegalArgumentException("The option 'kid' must not be blank");
        }

        Map<String, Object> material = switch (algorithm) {
            case DIR, A256KW -> Map.of("kty", "oct", "k", base64Url(randomBytes(random, KeyAlgorithm.AES_KEY_BYTES)));
            case RSA_OAEP_256 -> privateParams(algorithm,
                    () -> RsaJwkGenerator.generateJwk(KeyAlgorithm.MIN_RSA_BITS, null, random));
            case ECDH_ES_A256KW -> privateParams(algorithm,
                    () -> EcJwkGenerator.generateJwk(EllipticCurves.P256, null, random));
        };

        ObjectNode key = KeySet.json().createObjectNode();
        key.put("kty", algorithm.keyType());
        key.put("kid", keyId);
        key.put("use", "enc");
        key.put("alg", algorithm.headerName());
        material.forEach((name, value) -> {
            if (!key.has(name)) {
                key.set(name, KeySet.json().valueToTree(value));
            }
        });
        return KeySet.toJson(List.of(key));
    }

    /** A jose4j key generator, which declares its checked exception. */
    private interface PairGenerator {
        JsonWebKey generate() throws JoseException;
    }

    private static Map<String, Object> privateParams(KeyAlgorithm algorithm, PairGenerator generator) {
        try {
            return generator.generate().toParams(OutputControlLevel.INCLUDE_PRIVATE);
        } catch (JoseException e) {
            throw new IllegalStateException("The JVM could not generate a " + algorithm.headerName() + " key", e);
        }
    }

    private static String randomKid(SecureRandom random) {
        return base64Url(randomBytes(random, KID_BYTES));
    }

    static byte[] randomBytes(SecureRandom random, int length) {
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        return bytes;
    }

    private static String base64Url(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
