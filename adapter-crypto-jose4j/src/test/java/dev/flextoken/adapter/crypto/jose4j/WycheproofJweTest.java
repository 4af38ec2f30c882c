package dev.flextoken.adapter.crypto.jose4j;

import com.fasterxml.jackson.databind.JsonNode;
import dev.flextoken.domain.TokenRejection;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs Wycheproof's JSON Web Encryption vectors through the module's opening code, with the vector's own key.
 */
class WycheproofJweTest {

    /** A copy of the shared test data, with its licence, so that the test needs nothing outside the module. */
    private static final String VECTORS = "/wycheproof/json_web_encryption_test.json";

    /** RFC 7520 labels a {@code dir} key with its content-encryption algorithm; such a key serves {@code dir}. */
    private static final Set<String> CONTENT_ALGORITHMS = Set.of("A128GCM", "A192GCM", "A256GCM",
            "A128CBC-HS256", "A192CBC-HS384", "A256CBC-HS512");

    private static List<Vector> vectors;

    record Vector(int id, String comment, String jwk, String keyAlgorithm, String enc, String token, boolean valid,
                  byte[] plaintext) {

        /** Whether the production allow-list admits the vector's key and content algorithm. */
        boolean inProductionAllowList() {
            return KeyAlgorithm.ALLOWED_ALGORITHMS.contains(keyAlgorithm)
                    && KeyAlgorithm.ALLOWED_CONTENT_ENCRYPTION.contains(enc);
        }

        JweCodec.Opening open(Set<String> algorithms, Set<String> contentAlgorithms) {
            return JoseTokenCrypto.openWithJwk(token, jwk, keyAlgorithm, algorithms, contentAlgorithms,
                    Fixtures.seededRandom(id));
        }

        /** @return whether the outcome is what the vector expects */
        boolean answeredRight(JweCodec.Opening opening) {
            if (opening instanceof JweCodec.Opening.Decrypted decrypted) {
                return valid && java.util.Arrays.equals(decrypted.plaintext(), plaintext);
            }
            return !valid;
        }

        @Override
        public String toString() {
            return "tcId " + id + " (" + comment + ", key alg " + keyAlgorithm + ", enc " + enc + ", "
                    + (valid ? "valid" : "invalid") + ")";
        }
    }

    @BeforeAll
    static void loadVectors() throws Exception {
        JsonNode root = Fixtures.read(readVectors());
        vectors = new ArrayList<>();
        for (JsonNode group : root.get("testGroups")) {
            JsonNode key = group.get("private");
            String keyAlgorithm = key.get("alg").asText();
            if (CONTENT_ALGORITHMS.contains(keyAlgorithm)) {
                keyAlgorithm = "dir";
            }
            for (JsonNode test : group.get("tests")) {
                byte[] plaintext = HexFormat.of().parseHex(test.path("pt").asText(""));
                vectors.add(new Vector(test.get("tcId").asInt(), test.get("comment").asText(), key.toString(),
                        keyAlgorithm, test.get("enc").asText(), test.get("jwe").asText(),
                        test.get("result").asText().equals("valid"), plaintext));
            }
        }
        assertThat(vectors).hasSize(root.get("numberOfTests").asInt());
    }

    private static String readVectors() throws IOException {
        try (InputStream in = WycheproofJweTest.class.getResourceAsStream(VECTORS)) {
            assertThat(in).as(VECTORS).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void openWithJwkWhenEachVectorAdmittedByItsOwnAllowListThenProductionOnesAnsweredRight() {
        int right = 0;
        List<String> wrong = new ArrayList<>();
        List<String> wrongInProduction = new ArrayList<>();

        for (Vector vector : vectors) {
            JweCodec.Opening opening = vector.open(Set.of(vector.keyAlgorithm()), Set.of(vector.enc()));
            if (vector.answeredRight(opening)) {
                right++;
            } else {
                wrong.add(vector + " -> " + describe(opening));
                if (vector.inProductionAllowList()) {
                    wrongInProduction.add(vector.toString());
                }
            }
        }

        System.out.printf("Wycheproof JWE: %d of %d vectors answered as expected with their own allow-list%n",
                right, vectors.size());
        wrong.forEach(line -> System.out.println("  not as expected: " + line));
        long inProduction = vectors.stream().filter(Vector::inProductionAllowList).count();
        System.out.printf("Wycheproof JWE: %d of %d vectors in the production allow-list answered as expected%n",
                inProduction - wrongInProduction.size(), inProduction);
        assertThat(wrongInProduction).isEmpty();
        assertThat(vectors.stream().filter(Vector::inProductionAllowList).count()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void openWithJwkWhenProductionAllowListThenEveryOtherVectorIsRejected() {
        int rejected = 0;
        List<String> opened = new ArrayList<>();

        for (Vector vector : vectors) {
            JweCodec.Opening opening = vector.open(KeyAlgorithm.ALLOWED_ALGORITHMS,
                    KeyAlgorithm.ALLOWED_CONTENT_ENCRYPTION);
            if (vector.inProductionAllowList()) {
                assertThat(vector.answeredRight(opening)).as(vector.toString()).isTrue();
            } else if (opening instanceof JweCodec.Opening.Refused) {
                rejected++;
            } else {
                opened.add(vector.toString());
            }
        }

        System.out.printf("Wycheproof JWE: %d of %d vectors outside the production allow-list rejected under it%n",
                rejected, vectors.stream().filter(vector -> !vector.inProductionAllowList()).count());
        assertThat(opened).isEmpty();
    }

    @Test
    void openWithJwkWhenEphemeralKeyIsAnInvalidCurvePointThenUndecryptable() {
        Vector invalidCurve = vectors.stream().filter(vector -> vector.id() == 51).findFirst().orElseThrow();

        JweCodec.Opening opening = invalidCurve.open(Set.of(invalidCurve.keyAlgorithm()), Set.of(invalidCurve.enc()));

        assertThat(invalidCurve.comment()).isEqualTo("rejectsInvalidCurvePoint");
        assertThat(opening).isEqualTo(new JweCodec.Opening.Refused(TokenRejection.UNDECRYPTABLE));
    }

    private static String describe(JweCodec.Opening opening) {
        return opening instanceof JweCodec.Opening.Refused refused ? refused.reason().name() : "opened";
    }
}
