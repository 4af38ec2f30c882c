package dev.flextoken.adapter.crypto.jose4j;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.flextoken.application.port.out.OpenTokenPort.Opened;
import org.jose4j.jwk.EcJwkGenerator;
import org.jose4j.jwk.JsonWebKey.OutputControlLevel;
import org.jose4j.jwk.PublicJsonWebKey;
import org.jose4j.jwk.RsaJwkGenerator;
import org.jose4j.keys.EllipticCurves;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.spec.ECFieldFp;
import java.util.Base64;
import java.util.Optional;

import static dev.flextoken.adapter.crypto.jose4j.Fixtures.janesClaims;
import static dev.flextoken.adapter.crypto.jose4j.Fixtures.keySet;
import static dev.flextoken.adapter.crypto.jose4j.Fixtures.merge;
import static dev.flextoken.adapter.crypto.jose4j.Fixtures.nextRandom;
import static dev.flextoken.adapter.crypto.jose4j.Fixtures.seededRandom;
import static dev.flextoken.adapter.crypto.jose4j.Fixtures.withMember;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class KeySetLoadingTest {

    private static final String DIR_KEYS = keySet("dir", "dir-1", 11);
    private static final String SECRET = Fixtures.read(DIR_KEYS).get("keys").get(0).get("k").asText();

    private static void assertRefused(String keySet, String... messageParts) {
        assertThatThrownBy(() -> JoseTokenCrypto.fromJwkSet(keySet, nextRandom()))
                .isInstanceOf(InvalidKeySetException.class)
                .hasMessageStartingWith("The key set is refused: ")
                .hasMessageContainingAll(messageParts)
                .message().doesNotContain(SECRET);
    }

    @Test
    void fromJwkSetWhenNotJsonThenRefusedNamingThePosition() {
        assertRefused("{\"keys\": [", "not valid JSON", "line 1");
    }

    @Test
    void fromJwkSetWhenContentFollowsTheSetThenRefused() {
        assertRefused(DIR_KEYS + " }}} garbage", "not valid JSON");
    }

    @Test
    void fromJwkSetWhenAMemberIsRepeatedThenRefused() {
        assertRefused("{\"keys\": [], \"keys\": []}", "not valid JSON");
    }

    @Test
    void fromJwkSetWhenNullThenRefusedNamingTheParameter() {
        assertThatThrownBy(() -> JoseTokenCrypto.fromJwkSet(null, nextRandom()))
                .isInstanceOf(NullPointerException.class)
                .hasMessageStartingWith("json");
    }

    @Test
    void fromJwkSetWhenNoKeysArrayThenRefused() {
        assertRefused("{\"keys\": \"dir\"}", "no \"keys\" array");
    }

    @Test
    void fromJwkSetWhenNotAnObjectThenRefused() {
        assertRefused("[]", "not a JWK Set");
    }

    @Test
    void fromJwkSetWhenNoKeyThenRefused() {
        assertRefused("{\"keys\": []}", "holds no key");
    }

    @Test
    void fromJwkSetWhenKeyHasNoKidThenRefused() {
        assertRefused(withMember(DIR_KEYS, "kid", null), "key #1", "no \"kid\"");
    }

    @Test
    void fromJwkSetWhenKeyHasNoAlgThenRefused() {
        assertRefused(withMember(DIR_KEYS, "alg", null), "key #1 (kid \"dir-1\")", "no \"alg\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"RSA1_5", "PBES2-HS256+A128KW", "A128KW", "A256GCMKW", "ECDH-ES", "none", "A256GCM"})
    void fromJwkSetWhenAlgIsNotSupportedThenRefusedNamingIt(String alg) {
        assertRefused(withMember(DIR_KEYS, "alg", alg), "unsupported alg \"" + alg + "\"");
    }

    @Test
    void fromJwkSetWhenSymmetricKeyIsShortThenRefused() {
        String shortKey = Base64.getUrlEncoder().withoutPadding().encodeToString(new byte[16]);

        assertRefused(withMember(DIR_KEYS, "k", shortKey), "key #1 (kid \"dir-1\") is 128 bits", "needs 256");
    }

    @Test
    void fromJwkSetWhenSymmetricKeyIsLongThenRefused() {
        String longKey = Base64.getUrlEncoder().withoutPadding().encodeToString(new byte[64]);

        assertRefused(withMember(keySet("A256KW", "kw", 2), "k", longKey), "is 512 bits");
    }

    @Test
    void fromJwkSetWhenTwoKeysShareAKidThenRefused() {
        assertRefused(merge(DIR_KEYS, keySet("A256KW", "dir-1", 12)), "keys #1 and #2 share the kid \"dir-1\"");
    }

    @Test
    void fromJwkSetWhenKeyTypeDoesNotFitAlgThenRefused() {
        assertRefused(withMember(DIR_KEYS, "alg", "RSA-OAEP-256"), "needs kty \"RSA\"");
    }

    @Test
    void fromJwkSetWhenUseIsSignatureThenRefused() {
        assertRefused(withMember(DIR_KEYS, "use", "sig"), "\"use\" other than \"enc\"");
    }

    @Test
    void fromJwkSetWhenSecretIsNotBase64UrlThenRefused() {
        assertRefused(withMember(DIR_KEYS, "k", "***"), "not a well-formed oct JWK");
    }

    @Test
    void fromJwkSetWhenRsaKeyIs1024BitsThenRefused() throws Exception {
        PublicJsonWebKey jwk = RsaJwkGenerator.generateJwk(1024, null, seededRandom(3));
        jwk.setKeyId("rsa-small");
        jwk.setAlgorithm("RSA-OAEP-256");

        assertRefused(jwkSet(jwk), "is 1024 bits", "at least 2048");
    }

    @Test
    void fromJwkSetWhenRsaKeyHasNoPrivatePartThenRefused() throws Exception {
        PublicJsonWebKey jwk = RsaJwkGenerator.generateJwk(2048, null, seededRandom(4));
        jwk.setKeyId("rsa-public");
        jwk.setAlgorithm("RSA-OAEP-256");

        assertRefused("{\"keys\":[" + jwk.toJson(OutputControlLevel.PUBLIC_ONLY) + "]}", "no private part");
    }

    @Test
    void fromJwkSetWhenEcKeyIsOnP384ThenRefused() throws Exception {
        PublicJsonWebKey jwk = EcJwkGenerator.generateJwk(EllipticCurves.P384, null, seededRandom(5));
        jwk.setKeyId("ec-384");
        jwk.setAlgorithm("ECDH-ES+A256KW");

        assertRefused(jwkSet(jwk), "curve P-384", "only P-256");
    }

    @Test
    void fromJwkSetWhenEcPublicPointIsOffTheCurveThenRefused() {
        String keys = keySet("ECDH-ES+A256KW", "ec-1", 6);
        ObjectNode root = (ObjectNode) Fixtures.read(keys);
        ObjectNode key = (ObjectNode) root.get("keys").get(0);
        byte[] y = Base64.getUrlDecoder().decode(key.get("y").asText());
        y[y.length - 1] ^= 1;
        key.put("y", Base64.getUrlEncoder().withoutPadding().encodeToString(y));

        assertRefused(root.toString(), "key #1 (kid \"ec-1\")");
    }

    @Test
    void fromJwkSetWhenEcKeyHasNoPrivatePartThenRefused() {
        assertRefused(withMember(keySet("ECDH-ES+A256KW", "ec-1", 7), "d", null), "no private part");
    }

    @Test
    void fromJwkSetWhenRsaDBelongsToAnotherPairThenRefused() {
        String keys = withPrivateMembersOf(keySet("RSA-OAEP-256", "rsa-1", 8), keySet("RSA-OAEP-256", "other", 9),
                "d");

        assertRefused(keys, "key #1 (kid \"rsa-1\")", "private part does not match its public part");
    }

    @Test
    void fromJwkSetWhenRsaPrivatePartBelongsToAnotherPairThenRefused() {
        String keys = withPrivateMembersOf(keySet("RSA-OAEP-256", "rsa-1", 8), keySet("RSA-OAEP-256", "other", 9),
                "d", "p", "q", "dp", "dq", "qi");

        assertRefused(keys, "key #1 (kid \"rsa-1\")", "private part does not match its public part");
    }

    @Test
    void fromJwkSetWhenEcDBelongsToAnotherPairThenRefused() {
        String keys = withPrivateMembersOf(keySet("ECDH-ES+A256KW", "ec-1", 6), keySet("ECDH-ES+A256KW", "x", 7),
                "d");

        assertRefused(merge(DIR_KEYS, keys), "key #2 (kid \"ec-1\")", "private part does not match its public part");
    }

    @Test
    void fromJwkSetWhenEcPublicPointIsNegatedThenRefused() {
        String keys = keySet("ECDH-ES+A256KW", "ec-1", 6);
        ObjectNode root = (ObjectNode) Fixtures.read(keys);
        ObjectNode key = (ObjectNode) root.get("keys").get(0);
        BigInteger p = ((ECFieldFp) EllipticCurves.P256.getCurve().getField()).getP();
        BigInteger y = new BigInteger(1, Base64.getUrlDecoder().decode(key.get("y").asText()));
        byte[] negated = p.subtract(y).toByteArray();
        byte[] fixed = new byte[32];
        int length = Math.min(32, negated.length);
        System.arraycopy(negated, negated.length - length, fixed, 32 - length, length);
        key.put("y", Base64.getUrlEncoder().withoutPadding().encodeToString(fixed));

        assertRefused(root.toString(), "key #1 (kid \"ec-1\")", "private part does not match its public part");
    }

    @Test
    void fromJwkSetWhenPrivatePartsMatchThenEveryKindLoads() {
        String keys = merge(keySet("RSA-OAEP-256", "rsa-1", 8), keySet("ECDH-ES+A256KW", "ec-1", 6), DIR_KEYS);

        assertThat(JoseTokenCrypto.fromJwkSet(keys, nextRandom()).sealingKeyId()).isEqualTo("rsa-1");
    }

    @Test
    void fromJwkSetWhenSecondKeyIsBadThenRefusedNamingIt() {
        String bad = withMember(keySet("A256KW", "kw-2", 13), "alg", "A128KW");

        assertRefused(merge(DIR_KEYS, bad), "key #2 (kid \"kw-2\")", "unsupported alg");
    }

    @Test
    void fromFileWhenMissingThenRefusedNamingTheFile(@TempDir Path dir) {
        Path missing = dir.resolve("keys.json");

        assertThatThrownBy(() -> JoseTokenCrypto.fromFile(missing, nextRandom()))
                .isInstanceOf(InvalidKeySetException.class)
                .hasMessageContainingAll(missing.toString(), "cannot be read");
    }

    @Test
    void fromFileWhenCorruptThenRefusedNamingTheFileAndTheProblem(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("keys.json"), "{\"keys\": [{\"kty\": \"oct\",");

        assertThatThrownBy(() -> JoseTokenCrypto.fromFile(file, nextRandom()))
                .isInstanceOf(InvalidKeySetException.class)
                .hasMessage("The key file " + file + " is refused: it is not valid JSON (line 1, column 25)");
    }

    @Test
    void fromFileWhenOverOneMebibyteThenRefused(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("keys.json"), DIR_KEYS + " ".repeat(KeyFileWatcher.MAX_BYTES));

        assertThatThrownBy(() -> JoseTokenCrypto.fromFile(file, nextRandom()))
                .isInstanceOf(InvalidKeySetException.class)
                .hasMessage("The key file " + file + " is refused: it is over 1 MiB; a key file holds a few KiB");
    }

    @Test
    void fromFileWhenValidThenSealsWithItsFirstKey(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("keys.json"), merge(keySet("A256KW", "kw-1", 14), DIR_KEYS));

        try (JoseTokenCrypto crypto = JoseTokenCrypto.fromFile(file, nextRandom())) {
            assertThat(crypto.sealingKeyId()).isEqualTo("kw-1");
            assertThat(crypto.open(crypto.seal(janesClaims()))).isEqualTo(new Opened(janesClaims()));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dir", "A256KW", "RSA-OAEP-256", "ECDH-ES+A256KW"})
    void generateKeySetWhenEachAlgorithmThenLoadsAndRoundTrips(String alg) {
        String generated = JoseTokenCrypto.generateKeySet(alg, Optional.of("fresh"), seededRandom(21));
        JoseTokenCrypto crypto = JoseTokenCrypto.fromJwkSet(generated, seededRandom(22));

        assertThat(Fixtures.read(generated).get("keys").get(0).get("alg").asText()).isEqualTo(alg);
        assertThat(Fixtures.read(generated).get("keys").get(0).get("use").asText()).isEqualTo("enc");
        assertThat(crypto.sealingKeyId()).isEqualTo("fresh");
        assertThat(crypto.open(crypto.seal(janesClaims()))).isEqualTo(new Opened(janesClaims()));
    }

    @Test
    void generateKeySetWhenNoKidThenRandomKidsDiffer() {
        String first = JoseTokenCrypto.generateKeySet("dir", Optional.empty(), seededRandom(31));
        String second = JoseTokenCrypto.generateKeySet("dir", Optional.empty(), seededRandom(32));

        String firstKid = Fixtures.read(first).get("keys").get(0).get("kid").asText();
        assertThat(firstKid).hasSize(16).isNotEqualTo(Fixtures.read(second).get("keys").get(0).get("kid").asText());
    }

    @Test
    void generateKeySetWhenAlgUnsupportedThenRefusedNamingTheOption() {
        assertThatThrownBy(() -> JoseTokenCrypto.generateKeySet("RSA1_5", Optional.empty(), nextRandom()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContainingAll("'alg'", "dir, A256KW, RSA-OAEP-256, ECDH-ES+A256KW");
    }

    @Test
    void generateKeySetWhenKidBlankThenRefusedNamingTheOption() {
        assertThatThrownBy(() -> JoseTokenCrypto.generateKeySet("dir", Optional.of(" "), nextRandom()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'kid'");
    }

    /** @return the one-key set {@code keys} with those members copied from the first key of {@code other} */
    static String withPrivateMembersOf(String keys, String other, String... members) {
        ObjectNode root = (ObjectNode) Fixtures.read(keys);
        ObjectNode key = (ObjectNode) root.get("keys").get(0);
        for (String member : members) {
            key.set(member, Fixtures.read(other).get("keys").get(0).get(member));
        }
        return root.toString();
    }

    private static String jwkSet(PublicJsonWebKey jwk) {
        return "{\"keys\":[" + jwk.toJson(OutputControlLevel.INCLUDE_PRIVATE) + "]}";
    }
}
