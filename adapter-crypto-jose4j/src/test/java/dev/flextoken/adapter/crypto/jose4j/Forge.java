package dev.flextoken.adapter.crypto.jose4j;

import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jwe.JsonWebEncryption;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.PublicJsonWebKey;

import java.nio.charset.StandardCharsets;
import java.security.Key;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Makes tokens the module would never seal (other headers, other payloads), with bare jose4j and no
 * constraints, the way an attacker or a buggy peer would.
 */
final class Forge {

    private final JsonWebKey jwk;
    private final Map<String, String> headers = new LinkedHashMap<>();
    private byte[] payload = new byte[0];
    private boolean compress;
    private String critical;

    private Forge(JsonWebKey jwk) {
        this.jwk = jwk;
        headers.put("alg", jwk.getAlgorithm());
        headers.put("enc", "A256GCM");
        headers.put("kid", jwk.getKeyId());
        headers.put("typ", "flex-user+jwt");
    }

    /** Starts from the headers the module writes, for the first key of the set. */
    static Forge withFirstKeyOf(String keySet) {
        try {
            return new Forge(new JsonWebKeySet(keySet).getJsonWebKeys().get(0));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Sets a header, or removes it when {@code value} is null. */
    Forge header(String name, String value) {
        if (value == null) {
            headers.remove(name);
        } else {
            headers.put(name, value);
        }
        return this;
    }

    Forge payload(String json) {
        this.payload = json.getBytes(StandardCharsets.UTF_8);
        return this;
    }

    Forge payload(byte[] bytes) {
        this.payload = bytes.clone();
        return this;
    }

    /** Adds a header of that name and lists it in {@code crit} (RFC 7516 §4.1.13). */
    Forge critical(String name) {
        this.critical = name;
        return this;
    }

    Forge compressed() {
        this.compress = true;
        return this;
    }

    String seal() {
        try {
            JsonWebEncryption jwe = new JsonWebEncryption();
            headers.forEach(jwe::setHeader);
            if (critical != null) {
                jwe.setHeader(critical, "must-understand");
                jwe.setCriticalHeaderNames(critical);
            }
            if (compress) {
                jwe.enableDefaultCompression();
            }
            jwe.setAlgorithmConstraints(AlgorithmConstraints.NO_CONSTRAINTS);
            jwe.setContentEncryptionAlgorithmConstraints(AlgorithmConstraints.NO_CONSTRAINTS);
            Key key = jwk instanceof PublicJsonWebKey pair ? pair.getPublicKey() : jwk.getKey();
            jwe.setKey(key);
            jwe.setDoKeyValidation(false);
            jwe.setPlaintext(payload);
            return jwe.getCompactSerialization();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Opens a token with bare jose4j and the first key of the set, as a peer would. */
    static byte[] openWithJose4j(String keySet, String token) {
        try {
            JsonWebKey jwk = new JsonWebKeySet(keySet).getJsonWebKeys().get(0);
            JsonWebEncryption jwe = new JsonWebEncryption();
            jwe.setCompactSerialization(token);
            jwe.setKey(jwk instanceof PublicJsonWebKey pair ? pair.getPrivateKey() : jwk.getKey());
            return jwe.getPlaintextBytes();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
