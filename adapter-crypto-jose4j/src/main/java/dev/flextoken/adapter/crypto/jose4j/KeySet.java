package dev.flextoken.adapter.crypto.jose4j;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.jose4j.jwk.EllipticCurveJsonWebKey;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.OctetSequenceJsonWebKey;
import org.jose4j.jwk.PublicJsonWebKey;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.keys.AesKey;
import org.jose4j.lang.JoseException;

import java.math.BigInteger;
import java.security.PrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECPoint;
import java.security.spec.ECFieldFp;
import java.security.spec.EllipticCurve;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A checked JWK Set (RFC 7517 §5): the first key seals, every key opens, each found by its unique {@code kid}.
 * Immutable; a reload replaces the whole set.
 */
final class KeySet {

    /** Strict: a repeated member or anything after the set makes the file invalid, not half-read. */
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private final List<TokenKey> keys;
    private final Map<String, TokenKey> byKid;

    private KeySet(List<TokenKey> keys) {
        this.keys = List.copyOf(keys);
        Map<String, TokenKey> index = new HashMap<>();
        for (TokenKey key : keys) {
            index.put(key.kid(), key);
        }
        this.byKid = Collections.unmodifiableMap(index);
    }

    /** @return the key that seals new tokens: the first of the file */
    TokenKey sealingKey() {
        return keys.get(0);
    }

    /** @return the key of that {@code kid}, or empty (also for null) */
    Optional<TokenKey> find(String kid) {
        return kid == null ? Optional.empty() : Optional.ofNullable(byKid.get(kid));
    }

    /** @return every key, the sealing key first */
    List<TokenKey> keys() {
        return keys;
    }

    /**
     * Parses and checks a JWK Set text.
     *
     * @param json the text; not null (an empty one is refused as no JWK Set)
     * @throws KeySetRefusal naming the first problem found, without key material
     */
    static KeySet parse(String json) throws KeySetRefusal {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new KeySetRefusal("it is not valid JSON (line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + ")");
        }
        if (root == null || !root.isObject()) {
            throw new KeySetRefusal("it is not a JWK Set: a JSON object with a \"keys\" array is expected");
        }
        JsonNode array = root.get("keys");
        if (array == null || !array.isArray()) {
            throw new KeySetRefusal("it has no \"keys\" array");
        }
        if (array.isEmpty()) {
            throw new KeySetRefusal("it holds no key; at least one is needed to seal tokens");
        }

        List<TokenKey> keys = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < array.size(); i++) {
            TokenKey key = parseKey(array.get(i), i + 1);
            Integer earlier = seen.putIfAbsent(key.kid(), i + 1);
            if (earlier != null) {
                throw new KeySetRefusal("keys #" + earlier + " and #" + (i + 1) + " share the kid \"" + key.kid()
                        + "\"; every kid must be unique");
            }
            keys.add(key);
        }
        return new KeySet(keys);
    }

    private static TokenKey parseKey(JsonNode node, int position) throws KeySetRefusal {
        if (!node.isObject()) {
            throw new KeySetRefusal("key #" + position + " is not a JSON object");
        }
        String kid = textMember(node, "kid");
        if (kid == null || kid.isBlank()) {
            throw new KeySetRefusal("key #" + position + " has no \"kid\"; every key needs a unique one");
        }
        String where = "key #" + position + " (kid \"" + kid + "\")";

        String alg = textMember(node, "alg");
        if (alg == null) {
            throw new KeySetRefusal(where + " has no \"alg\"; every key names the one algorithm it serves");
        }
        KeyAlgorithm algorithm = KeyAlgorithm.fromHeaderName(alg).orElseThrow(() -> new KeySetRefusal(
                where + " names the unsupported alg \"" + alg + "\"; supported: " + KeyAlgorithm.supportedNames()));
        String use = textMember(node, "use");
        if (node.has("use") && !"enc".equals(use)) {
            throw new KeySetRefusal(where + " has a \"use\" other than \"enc\"");
        }
        String kty = textMember(node, "kty");
        if (!algorithm.keyType().equals(kty)) {
            throw new KeySetRefusal(where + ": alg " + alg + " needs kty \"" + algorithm.keyType() + "\"");
        }

        JsonWebKey jwk;
        try {
            @SuppressWarnings("unchecked")
            Map<String, Object> params = JSON.convertValue(node, Map.class);
            jwk = JsonWebKey.Factory.newJwk(params);
        } catch (JoseException | RuntimeException e) {
            // jose4j's message may quote parameter values; keep it out of the log line.
            throw new KeySetRefusal(where + " is not a well-formed " + kty + " JWK (a parameter is missing or "
                    + "not base64url)");
        }
        return switch (algorithm) {
            case DIR, A256KW -> symmetricKey((OctetSequenceJsonWebKey) jwk, kid, algorithm, where);
            case RSA_OAEP_256 -> rsaKey((RsaJsonWebKey) jwk, kid, where);
            case ECDH_ES_A256KW -> ecKey((EllipticCurveJsonWebKey) jwk, kid, where);
        };
    }

    private static TokenKey symmetricKey(OctetSequenceJsonWebKey jwk, String kid, KeyAlgorithm algorithm,
                                         String where) throws KeySetRefusal {
        byte[] secret = jwk.getOctetSequence();
        int bits = secret.length * 8;
        if (bits != KeyAlgorithm.SYMMETRIC_KEY_BITS) {
            throw new KeySetRefusal(where + " is " + bits + " bits; alg " + algorithm.headerName() + " needs "
                    + KeyAlgorithm.SYMMETRIC_KEY_BITS + " bits");
        }
        AesKey key = new AesKey(secret);
        return new TokenKey(kid, algorithm, key, key);
    }

    private static TokenKey rsaKey(RsaJsonWebKey jwk, String kid, String where) throws KeySetRefusal {
        int bits = jwk.getRsaPublicKey().getModulus().bitLength();
        if (bits < KeyAlgorithm.MIN_RSA_BITS) {
            throw new KeySetRefusal(where + " is " + bits + " bits; RSA keys need at least "
                    + KeyAlgorithm.MIN_RSA_BITS);
        }
        PrivateKey privateKey = requirePrivate(jwk, where);
        if (!KeyPairs.rsaMatches(jwk.getRsaPublicKey(), privateKey)) {
            throw mismatch(where);
        }
        return new TokenKey(kid, KeyAlgorithm.RSA_OAEP_256, jwk.getPublicKey(), privateKey);
    }

    private static TokenKey ecKey(EllipticCurveJsonWebKey jwk, String kid, String where) throws KeySetRefusal {
        if (!KeyAlgorithm.EC_CURVE.equals(jwk.getCurveName())) {
            throw new KeySetRefusal(where + " is on the curve " + jwk.getCurveName() + "; only "
                    + KeyAlgorithm.EC_CURVE + " is accepted");
        }
        ECPublicKey publicKey = jwk.getECPublicKey();
        if (!isOnCurve(publicKey)) {
            throw new KeySetRefusal(where + " has a public point that is not on " + KeyAlgorithm.EC_CURVE);
        }
        PrivateKey privateKey = requirePrivate(jwk, where);
        if (!KeyPairs.ecMatches(publicKey, privateKey)) {
            throw mismatch(where);
        }
        return new TokenKey(kid, KeyAlgorithm.ECDH_ES_A256KW, publicKey, privateKey);
    }

    /** Tokens sealed with the public half would open with no key: refuse the pair rather than seal with it. */
    private static KeySetRefusal mismatch(String where) {
        return new KeySetRefusal(where + ": its private part does not match its public part; the members of two "
                + "key pairs seem mixed up");
    }

    private static PrivateKey requirePrivate(PublicJsonWebKey jwk, String where) throws KeySetRefusal {
        PrivateKey privateKey = jwk.getPrivateKey();
        if (privateKey == null) {
            throw new KeySetRefusal(where + " has no private part (\"d\"); every key must be able to open tokens");
        }
        return privateKey;
    }

    /** y² = x³ + ax + b (mod p): a point off the curve would leak the private key in ECDH. */
    static boolean isOnCurve(ECPublicKey key) {
        ECPoint point = key.getW();
        EllipticCurve curve = key.getParams().getCurve();
        if (!(curve.getField() instanceof ECFieldFp field) || point.equals(ECPoint.POINT_INFINITY)) {
            return false;
        }
        BigInteger p = field.getP();
        BigInteger x = point.getAffineX();
        BigInteger y = point.getAffineY();
        if (x.signum() < 0 || x.compareTo(p) >= 0 || y.signum() < 0 || y.compareTo(p) >= 0) {
            return false;
        }
        BigInteger left = y.multiply(y).mod(p);
        BigInteger right = x.pow(3).add(curve.getA().multiply(x)).add(curve.getB()).mod(p);
        return left.equals(right);
    }

    private static String textMember(JsonNode node, String name) {
        JsonNode value = node.get(name);
        return value != null && value.isTextual() ? value.asText() : null;
    }

    /** @return a JWK Set text holding those keys in order, private parts included, pretty-printed */
    static String toJson(List<ObjectNode> keys) {
        ObjectNode root = JSON.createObjectNode();
        root.putArray("keys").addAll(keys);
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A JSON tree could not be written", e);
        }
    }

    static ObjectMapper json() {
        return JSON;
    }
}
