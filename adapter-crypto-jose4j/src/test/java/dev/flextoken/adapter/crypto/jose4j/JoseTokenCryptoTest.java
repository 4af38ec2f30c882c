package dev.flextoken.adapter.crypto.jose4j;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.flextoken.application.port.out.OpenTokenPort.OpenedToken;
import dev.flextoken.application.port.out.OpenTokenPort.Opened;
import dev.flextoken.application.port.out.OpenTokenPort.Refused;
import dev.flextoken.domain.TokenClaims;
import dev.flextoken.domain.TokenRejection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Random;

import static dev.flextoken.adapter.crypto.jose4j.Fixtures.janesClaims;
import static dev.flextoken.adapter.crypto.jose4j.Fixtures.keySet;
import static dev.flextoken.adapter.crypto.jose4j.Fixtures.merge;
import static dev.flextoken.adapter.crypto.jose4j.Fixtures.seededRandom;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

class JoseTokenCryptoTest {

    private static final String DIR_KEYS = keySet("dir", "dir-1", 1);
    private static final String A256KW_KEYS = keySet("A256KW", "kw-1", 2);
    private static final String RSA_KEYS = keySet("RSA-OAEP-256", "rsa-1", 3);
    private static final String EC_KEYS = keySet("ECDH-ES+A256KW", "ec-1", 4);

    private static final String JANES_PAYLOAD = new String(ClaimsCodec.write(janesClaims()), StandardCharsets.UTF_8);

    private static JoseTokenCrypto crypto(String keySet) {
        return JoseTokenCrypto.fromJwkSet(keySet, Fixtures.nextRandom());
    }

    private static TokenRejection rejection(OpenedToken opened) {
        assertThat(opened).isInstanceOf(Refused.class);
        return ((Refused) opened).reason();
    }

    private static String keysOf(String alg) {
        return switch (alg) {
            case "dir" -> DIR_KEYS;
            case "A256KW" -> A256KW_KEYS;
            case "RSA-OAEP-256" -> RSA_KEYS;
            default -> EC_KEYS;
        };
    }

    @ParameterizedTest
    @ValueSource(strings = {"dir", "A256KW", "RSA-OAEP-256", "ECDH-ES+A256KW"})
    void openWhenSealedWithEachAlgorithmThenClaimsRoundTrip(String alg) {
        JoseTokenCrypto crypto = crypto(keysOf(alg));
        TokenClaims claims = janesClaims();

        OpenedToken opened = crypto.open(crypto.seal(claims));

        assertThat(opened).isEqualTo(new Opened(claims));
    }

    @ParameterizedTest
    @ValueSource(strings = {"dir", "A256KW", "RSA-OAEP-256", "ECDH-ES+A256KW"})
    void sealWhenAnyAlgorithmThenHeaderNamesAlgEncKidAndTyp(String alg) {
        String token = crypto(keysOf(alg)).seal(janesClaims());

        JsonNode header = Fixtures.header(token);

        assertThat(token.split("\\.", -1)).hasSize(5);
        assertThat(header.get("alg").asText()).isEqualTo(alg);
        assertThat(header.get("enc").asText()).isEqualTo("A256GCM");
        assertThat(header.get("kid").asText()).isNotBlank();
        assertThat(header.get("typ").asText()).isEqualTo("flex-user+jwt");
        assertThat(header.has("zip")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"dir", "A256KW", "RSA-OAEP-256", "ECDH-ES+A256KW"})
    void sealWhenOpenedWithBareJose4jThenPayloadCarriesEveryClaim(String alg) {
        String token = crypto(keysOf(alg)).seal(janesClaims());

        JsonNode claims = Fixtures.read(new String(Forge.openWithJose4j(keysOf(alg), token), StandardCharsets.UTF_8));

        assertThat(claims.get("iss").asText()).isEqualTo("flex-token");
        assertThat(claims.get("sub").asText()).isEqualTo(Fixtures.USER);
        assertThat(claims.get("aud").isTextual()).isTrue();
        assertThat(claims.get("aud").asText()).isEqualTo(Fixtures.INSTANCE);
        assertThat(claims.get("iat").asLong()).isEqualTo(Fixtures.ISSUED_AT.getEpochSecond());
        assertThat(claims.get("nbf").asLong()).isEqualTo(Fixtures.ISSUED_AT.getEpochSecond());
        assertThat(claims.get("exp").asLong()).isEqualTo(Fixtures.EXPIRATION.getEpochSecond());
        assertThat(claims.get("jti").asText()).isEqualTo("0123456789abcdef0123456789abcdef");
        assertThat(claims.get("account_sid").asText()).isEqualTo(Fixtures.ACCOUNT);
        assertThat(claims.get("expiration").asText()).isEqualTo("2025-10-23T16:22:26Z");
        assertThat(claims.get("flex_instance_sid").asText()).isEqualTo(Fixtures.INSTANCE);
        assertThat(claims.get("flex_user_sid").asText()).isEqualTo(Fixtures.USER);
        assertThat(claims.get("identity").asText()).isEqualTo("Jane");
        assertThat(claims.get("permissions").toString()).isEqualTo("[\"FPN9999\",\"FPN0000\"]");
        assertThat(claims.get("roles").toString()).isEqualTo("[\"agent\",\"admin\"]");
        assertThat(claims.get("username").asText()).isEqualTo("jane@example.com");
    }

    @Test
    void sealWhenCalledTwiceThenTokensDiffer() {
        JoseTokenCrypto crypto = crypto(DIR_KEYS);

        assertThat(crypto.seal(janesClaims())).isNotEqualTo(crypto.seal(janesClaims()));
    }

    @Test
    void openWhenSealedBeforeRotationThenStillOpens() {
        String token = crypto(DIR_KEYS).seal(janesClaims());
        JoseTokenCrypto rotated = crypto(merge(EC_KEYS, DIR_KEYS));

        assertThat(rotated.open(token)).isEqualTo(new Opened(janesClaims()));
        assertThat(rotated.sealingKeyId()).isEqualTo("ec-1");
        assertThat(Fixtures.header(rotated.seal(janesClaims())).get("kid").asText()).isEqualTo("ec-1");
    }

    @Test
    void openWhenKeyRemovedAfterRotationThenUnknownKey() {
        String token = crypto(DIR_KEYS).seal(janesClaims());

        assertThat(rejection(crypto(A256KW_KEYS).open(token))).isEqualTo(TokenRejection.UNKNOWN_KEY);
    }

    @Test
    void openWhenKidMissingThenUnknownKey() {
        String token = Forge.withFirstKeyOf(DIR_KEYS).header("kid", null).payload(JANES_PAYLOAD).seal();

        assertThat(rejection(crypto(DIR_KEYS).open(token))).isEqualTo(TokenRejection.UNKNOWN_KEY);
    }

    @Test
    void openWhenKidUnknownAndAlgForbiddenThenUnknownKeyComesFirst() {
        String token = Forge.withFirstKeyOf(RSA_KEYS).header("alg", "RSA1_5").header("kid", "other")
                .payload(JANES_PAYLOAD).seal();

        assertThat(rejection(crypto(RSA_KEYS).open(token))).isEqualTo(TokenRejection.UNKNOWN_KEY);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4})
    void openWhenAPartAfterTheHeaderIsTamperedThenUndecryptable(int part) {
        String[] parts = crypto(A256KW_KEYS).seal(janesClaims()).split("\\.", -1);
        parts[part] = flipFirstByte(parts[part]);

        OpenedToken opened = crypto(A256KW_KEYS).open(String.join(".", parts));

        assertThat(rejection(opened)).isEqualTo(TokenRejection.UNDECRYPTABLE);
    }

    /**
     * A last character that differs only in the bits beyond the last byte decodes to the same bytes; such a
     * changed token must be refused all the same.
     */
    @ParameterizedTest
    @ValueSource(strings = {"dir", "A256KW", "RSA-OAEP-256", "ECDH-ES+A256KW"})
    void openWhenOnlyTheUnusedBitsOfAPartChangeThenMalformed(String alg) {
        JoseTokenCrypto crypto = crypto(keysOf(alg));
        String[] parts = crypto.seal(janesClaims()).split("\\.", -1);

        int changed = 0;
        for (int part = 0; part < parts.length; part++) {
            String original = parts[part];
            if (original.length() % 4 < 2) {
                continue;
            }
            char last = original.charAt(original.length() - 1);
            String[] tampered = parts.clone();
            tampered[part] = original.substring(0, original.length() - 1) + nextBase64UrlCharacter(last);
            assertThat(Base64.getUrlDecoder().decode(tampered[part]))
                    .as("the change is invisible once decoded").isEqualTo(Base64.getUrlDecoder().decode(original));

            assertThat(rejection(crypto.open(String.join(".", tampered)))).as("part " + part)
                    .isEqualTo(TokenRejection.MALFORMED);
            changed++;
        }
        assertThat(changed).as("the tag alone has unused bits").isPositive();
    }

    private static char nextBase64UrlCharacter(char c) {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        return alphabet.charAt(alphabet.indexOf(c) + 1);
    }

    @Test
    void openWhenHeaderChangedButStillValidThenUndecryptable() {
        String[] parts = crypto(DIR_KEYS).seal(janesClaims()).split("\\.", -1);
        ObjectNode header = (ObjectNode) Fixtures.header(parts[0] + ".");
        header.put("cty", "JWT");
        parts[0] = Fixtures.base64Url(header.toString());

        OpenedToken opened = crypto(DIR_KEYS).open(String.join(".", parts));

        assertThat(rejection(opened)).isEqualTo(TokenRejection.UNDECRYPTABLE);
    }

    @Test
    void openWhenTypIsAnotherThenWrongType() {
        String token = Forge.withFirstKeyOf(DIR_KEYS).header("typ", "JWT").payload(JANES_PAYLOAD).seal();

        assertThat(rejection(crypto(DIR_KEYS).open(token))).isEqualTo(TokenRejection.WRONG_TYPE);
    }

    @Test
    void openWhenTypMissingThenWrongType() {
        String token = Forge.withFirstKeyOf(EC_KEYS).header("typ", null).payload(JANES_PAYLOAD).seal();

        assertThat(rejection(crypto(EC_KEYS).open(token))).isEqualTo(TokenRejection.WRONG_TYPE);
    }

    @Test
    void openWhenHeaderNamesAnotherAlgorithmForTheKidThenAlgorithmNotAllowed() {
        String kwKeyNamedLikeDirKey = Fixtures.withMember(A256KW_KEYS, "kid", "dir-1");
        String token = Forge.withFirstKeyOf(kwKeyNamedLikeDirKey).payload(JANES_PAYLOAD).seal();

        assertThat(rejection(crypto(DIR_KEYS).open(token))).isEqualTo(TokenRejection.ALGORITHM_NOT_ALLOWED);
    }

    @Test
    void openWhenRsa15WithTheRsaKeyThenAlgorithmNotAllowed() {
        String token = Forge.withFirstKeyOf(RSA_KEYS).header("alg", "RSA1_5").payload(JANES_PAYLOAD).seal();

        assertThat(rejection(crypto(RSA_KEYS).open(token))).isEqualTo(TokenRejection.ALGORITHM_NOT_ALLOWED);
    }

    @Test
    void openWhenPbes2HeaderThenAlgorithmNotAllowed() {
        String header = "{\"alg\":\"PBES2-HS256+A128KW\",\"enc\":\"A256GCM\",\"kid\":\"dir-1\","
                + "\"typ\":\"flex-user+jwt\",\"p2s\":\"c2FsdHNhbHRzYWx0\",\"p2c\":2147483647}";
        String token = Fixtures.base64Url(header) + ".AAAA.AAAAAAAAAAAAAAAA.AAAA.AAAAAAAAAAAAAAAAAAAAAA";

        assertThat(rejection(crypto(DIR_KEYS).open(token))).isEqualTo(TokenRejection.ALGORITHM_NOT_ALLOWED);
    }

    @Test
    void openWhenContentEncryptionIsNotA256GcmThenAlgorithmNotAllowed() {
        // A 256-bit dir key fits A128CBC-HS256 too; a lax opener would accept this token.
        String token = Forge.withFirstKeyOf(DIR_KEYS).header("enc", "A128CBC-HS256").payload(JANES_PAYLOAD).seal();

        assertThat(rejection(crypto(DIR_KEYS).open(token))).isEqualTo(TokenRejection.ALGORITHM_NOT_ALLOWED);
    }

    @Test
    void openWhenPayloadIsCompressedThenAlgorithmNotAllowed() {
        String token = Forge.withFirstKeyOf(DIR_KEYS).compressed().payload(JANES_PAYLOAD).seal();

        assertThat(Fixtures.header(token).get("zip").asText()).isEqualTo("DEF");
        assertThat(rejection(crypto(DIR_KEYS).open(token))).isEqualTo(TokenRejection.ALGORITHM_NOT_ALLOWED);
    }

    @Test
    void openWhenEphemeralKeyIsNotOnTheCurveThenUndecryptable() {
        String[] parts = crypto(EC_KEYS).seal(janesClaims()).split("\\.", -1);
        ObjectNode header = (ObjectNode) Fixtures.header(parts[0] + ".");
        ObjectNode epk = (ObjectNode) header.get("epk");
        byte[] y = Base64.getUrlDecoder().decode(epk.get("y").asText());
        y[y.length - 1] ^= 1;
        epk.put("y", Base64.getUrlEncoder().withoutPadding().encodeToString(y));
        parts[0] = Fixtures.base64Url(header.toString());

        OpenedToken opened = crypto(EC_KEYS).open(String.join(".", parts));

        assertThat(rejection(opened)).isEqualTo(TokenRejection.UNDECRYPTABLE);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "",
        "a.b.c.d",
        "eyJhbGciOiJkaXIifQ...",
        "a.b.c.d.e.f",
        "eyJhbGciOiJkaXIifQ.a.b.c.d!",
        "eyJhbGciOiJkaXIifQ==.AA.AA.AA.AA",
        ".AA.AA.AA.AA",
        "W10.AA.AA.AA.AA",
        "bm90IGpzb24.AA.AA.AA.AA",
        "eyJhbGciOiJkaXIifXg.AA.AA.AA.AA",
        "eyJhbGciOiJkaXIiLCJhbGciOiJBMjU2S1cifQ.AA.AA.AA.AA",
        "A.AA.AA.AA.AA",
        "{\"protected\":\"eyJhbGciOiJkaXIifQ\",\"iv\":\"AA\",\"ciphertext\":\"AA\",\"tag\":\"AA\"}"
    })
    void openWhenNotACompactJweThenMalformed(String token) {
        assertThat(rejection(crypto(DIR_KEYS).open(token))).isEqualTo(TokenRejection.MALFORMED);
    }

    @Test
    void openWhenNullThenMalformed() {
        assertThat(rejection(crypto(DIR_KEYS).open(null))).isEqualTo(TokenRejection.MALFORMED);
    }

    @Test
    void openWhenLongerThanAnyTokenThenMalformed() {
        String token = crypto(DIR_KEYS).seal(janesClaims());
        String padded = token + "A".repeat(CompactToken.MAX_LENGTH);

        assertThat(rejection(crypto(DIR_KEYS).open(padded))).isEqualTo(TokenRejection.MALFORMED);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "not json",
        "[]",
        "{}",
        "{\"iss\":\"flex-token\"}",
        "{\"sub\":\"FU1123456789abcdef0123456789abcdef\"}",
        "{\"aud\":[\"GO0123456789abcdef0123456789abcdef\"]}",
        "{\"exp\":1761236547}",
        "{\"exp\":1761236546.5}",
        "{\"expiration\":\"2025-10-23T16:22:27Z\"}",
        "{\"expiration\":\"2025-10-23T16:22:26.000Z\"}",
        "{\"account_sid\":\"AC0123\"}",
        "{\"flex_user_sid\":\"GO0123456789abcdef0123456789abcdef\",\"sub\":\"GO0123456789abcdef0123456789abcdef\"}",
        "{\"roles\":[\"root\"]}",
        "{\"permissions\":\"FPN9999\"}",
        "{\"identity\":null}",
        "{\"iat\":\"now\"}",
        "{\"username\":\"Jane\",\"username\":\"Joe\"}"
    })
    void openWhenClaimsMissingMistypedOrInconsistentThenMalformed(String change) {
        String payload = change.startsWith("{") ? applyChange(change) : change;
        String token = Forge.withFirstKeyOf(DIR_KEYS).payload(payload).seal();

        assertThat(rejection(crypto(DIR_KEYS).open(token))).isEqualTo(TokenRejection.MALFORMED);
    }

    /** An empty object stands for "no claims"; otherwise the change's members replace Jane's. */
    private static String applyChange(String change) {
        if (change.equals("{}")) {
            return change;
        }
        if (change.contains("\"username\":\"Jane\",\"username\"")) {
            return JANES_PAYLOAD.substring(0, JANES_PAYLOAD.length() - 1) + ",\"username\":\"Joe\"}";
        }
        if (change.equals("{\"iss\":\"flex-token\"}")) {
            return change;
        }
        ObjectNode claims = (ObjectNode) Fixtures.read(JANES_PAYLOAD);
        claims.setAll((ObjectNode) Fixtures.read(change));
        return claims.toString();
    }

    @Test
    void openWhenClaimsCarryUnknownFieldsThenOpens() {
        ObjectNode claims = (ObjectNode) Fixtures.read(JANES_PAYLOAD);
        claims.put("extra", "ignored").putObject("nested").put("x", 1);
        String token = Forge.withFirstKeyOf(DIR_KEYS).payload(claims.toString()).seal();

        assertThat(crypto(DIR_KEYS).open(token)).isEqualTo(new Opened(janesClaims()));
    }

    @Test
    void openWhenGarbageOrMutatedTokensThenNeverThrowsAndRefuses() {
        JoseTokenCrypto crypto = crypto(merge(DIR_KEYS, EC_KEYS));
        String valid = crypto.seal(janesClaims());
        Random random = new Random(7);
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.{}\":,= \u00e9\u0000";
        int refused = 0;

        for (int i = 0; i < 3000; i++) {
            String input;
            if (i % 2 == 0) {
                StringBuilder garbage = new StringBuilder();
                int length = random.nextInt(200);
                for (int j = 0; j < length; j++) {
                    garbage.append(alphabet.charAt(random.nextInt(alphabet.length())));
                }
                input = garbage.toString();
            } else {
                char[] chars = valid.toCharArray();
                int flips = 1 + random.nextInt(3);
                for (int j = 0; j < flips; j++) {
                    chars[random.nextInt(chars.length)] = alphabet.charAt(random.nextInt(alphabet.length()));
                }
                input = new String(chars);
            }

            OpenedToken[] opened = new OpenedToken[1];
            assertThatCode(() -> opened[0] = crypto.open(input)).doesNotThrowAnyException();
            if (opened[0] instanceof Refused) {
                refused++;
            }
        }

        assertThat(refused).isGreaterThan(2900);
    }

    @Test
    void isReadyWhenKeysLoadedThenTrue() {
        assertThat(crypto(DIR_KEYS).isReady()).isTrue();
    }

    @Test
    void ephemeralWhenCreatedThenSealsWithOneFreshDirKey() {
        JoseTokenCrypto first = JoseTokenCrypto.ephemeral(seededRandom(5));
        JoseTokenCrypto second = JoseTokenCrypto.ephemeral(seededRandom(6));
        String token = first.seal(janesClaims());

        assertThat(Fixtures.header(token).get("alg").asText()).isEqualTo("dir");
        assertThat(first.open(token)).isEqualTo(new Opened(janesClaims()));
        assertThat(first.sealingKeyId()).isNotEqualTo(second.sealingKeyId());
        assertThat(rejection(second.open(token))).isEqualTo(TokenRejection.UNKNOWN_KEY);
    }

    private static String flipFirstByte(String part) {
        byte[] bytes = Base64.getUrlDecoder().decode(part);
        bytes[0] ^= 0x01;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
