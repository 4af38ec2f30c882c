package dev.flextoken.adapter.crypto.jose4j;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.flextoken.domain.AccountSid;
import dev.flextoken.domain.FlexUserSid;
import dev.flextoken.domain.InstanceSid;
import dev.flextoken.domain.Role;
import dev.flextoken.domain.TokenClaims;
import dev.flextoken.domain.TokenInfo;

import java.nio.charset.StandardCharsets;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/** Shared test data: a user's claims, seeded randomness, key sets of each algorithm. */
final class Fixtures {

    static final String ACCOUNT = "AC0123456789abcdef0123456789abcdef";
    static final String INSTANCE = "GO0123456789abcdef0123456789abcdef";
    static final String USER = "FU0123456789abcdef0123456789abcdef";
    static final Instant ISSUED_AT = Instant.parse("2025-10-23T15:22:26Z");
    static final Instant EXPIRATION = Instant.parse("2025-10-23T16:22:26Z");

    static final ObjectMapper JSON = new ObjectMapper();

    private static final AtomicLong SEEDS = new AtomicLong(1_000_000);

    private Fixtures() {
    }

    /**
     * @return seeded randomness with a seed of its own: two instances sealing with one {@code dir} key on one thread
     *         must not draw the same GCM IV, which the JDK refuses
     */
    static SecureRandom nextRandom() {
        return seededRandom(SEEDS.incrementAndGet());
    }

    /** @return randomness that repeats from run to run, so that a failure can be replayed */
    static SecureRandom seededRandom(long seed) {
        try {
            SecureRandom random = SecureRandom.getInstance("SHA1PRNG");
            random.setSeed(seed);
            return random;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static TokenClaims janesClaims() {
        TokenInfo info = new TokenInfo(new AccountSid(ACCOUNT), EXPIRATION, new InstanceSid(INSTANCE),
                new FlexUserSid(USER), "Jane", List.of("FPN9999", "FPN0000"), List.of(Role.AGENT, Role.ADMIN),
                "jane@example.com");
        return new TokenClaims("flex-token", ISSUED_AT, ISSUED_AT, "0123456789abcdef0123456789abcdef", info);
    }

    /** @return a fresh key set of one key */
    static String keySet(String alg, String kid, long seed) {
        return JoseTokenCrypto.generateKeySet(alg, Optional.of(kid), seededRandom(seed));
    }

    /** @return one JWK Set holding the keys of every given set, in order */
    static String merge(String... keySets) {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode keys = root.putArray("keys");
        for (String keySet : keySets) {
            keys.addAll((ArrayNode) read(keySet).get("keys"));
        }
        return root.toString();
    }

    /** @return the set with one member of its first key replaced */
    static String withMember(String keySet, String member, String value) {
        ObjectNode root = (ObjectNode) read(keySet);
        ObjectNode key = (ObjectNode) root.get("keys").get(0);
        if (value == null) {
            key.remove(member);
        } else {
            key.put(member, value);
        }
        return root.toString();
    }

    static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static JsonNode header(String token) {
        String header = token.substring(0, token.indexOf('.'));
        return read(new String(Base64.getUrlDecoder().decode(header), StandardCharsets.UTF_8));
    }

    static String base64Url(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }
}
