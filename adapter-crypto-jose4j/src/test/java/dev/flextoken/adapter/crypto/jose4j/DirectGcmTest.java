package dev.flextoken.adapter.crypto.jose4j;

import dev.flextoken.application.port.out.OpenTokenPort.Opened;
import dev.flextoken.application.port.out.OpenTokenPort.Refused;
import dev.flextoken.domain.TokenRejection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import static dev.flextoken.adapter.crypto.jose4j.Fixtures.janesClaims;
import static dev.flextoken.adapter.crypto.jose4j.Fixtures.keySet;
import static dev.flextoken.adapter.crypto.jose4j.Fixtures.nextRandom;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The JCA path for dir + A256GCM, proven interoperable with jose4j both ways. */
class DirectGcmTest {

    private static final String KEYS = keySet("dir", "direct-1", 51);
    private static final byte[] JANES_PAYLOAD = ClaimsCodec.write(janesClaims());

    private static TokenRejection rejection(Object opened) {
        assertThat(opened).isInstanceOf(Refused.class);
        return ((Refused) opened).reason();
    }

    @Test
    void sealWhenDirThenBareJose4jOpensTheSamePlaintext() {
        String token = JoseTokenCrypto.fromJwkSet(KEYS, nextRandom()).seal(janesClaims());

        assertThat(Forge.openWithJose4j(KEYS, token)).isEqualTo(JANES_PAYLOAD);
    }

    @Test
    void sealWhenDirThenPartsHaveTheSizesOfRfc7518() {
        String[] parts = JoseTokenCrypto.fromJwkSet(KEYS, nextRandom()).seal(janesClaims()).split("\\.", -1);

        assertThat(new String(Base64.getUrlDecoder().decode(parts[0]), StandardCharsets.UTF_8))
                .isEqualTo("{\"alg\":\"dir\",\"enc\":\"A256GCM\",\"kid\":\"direct-1\",\"typ\":\"flex-user+jwt\"}");
        assertThat(parts[1]).isEmpty();
        assertThat(Base64.getUrlDecoder().decode(parts[2])).hasSize(12);
        assertThat(Base64.getUrlDecoder().decode(parts[3])).hasSize(JANES_PAYLOAD.length);
        assertThat(Base64.getUrlDecoder().decode(parts[4])).hasSize(16);
    }

    @Test
    void sealWhenKidNeedsEscapingThenHeaderIsValidJsonAndOpens() {
        String keys = keySet("dir", "quote\"and\\slash", 52);
        JoseTokenCrypto crypto = JoseTokenCrypto.fromJwkSet(keys, nextRandom());

        String token = crypto.seal(janesClaims());

        assertThat(Fixtures.header(token).get("kid").asText()).isEqualTo("quote\"and\\slash");
        assertThat(crypto.open(token)).isEqualTo(new Opened(janesClaims()));
        assertThat(Forge.openWithJose4j(keys, token)).isEqualTo(JANES_PAYLOAD);
    }

    @Test
    void openWhenSealedByBareJose4jThenOpens() {
        String token = Forge.withFirstKeyOf(KEYS).payload(JANES_PAYLOAD).seal();

        assertThat(JoseTokenCrypto.fromJwkSet(KEYS, nextRandom()).open(token)).isEqualTo(new Opened(janesClaims()));
    }

    @Test
    void openWhenBareJose4jWritesHeadersInAnotherOrderThenOpens() {
        String token = Forge.withFirstKeyOf(KEYS).header("alg", null).header("enc", null)
                .header("enc", "A256GCM").header("alg", "dir").header("cty", "JWT").payload(JANES_PAYLOAD).seal();

        assertThat(Fixtures.header(token).fieldNames().next()).isEqualTo("kid");
        assertThat(JoseTokenCrypto.fromJwkSet(KEYS, nextRandom()).open(token)).isEqualTo(new Opened(janesClaims()));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 2, 3, 4})
    void openWhenAPartIsTamperedThenUndecryptable(int part) {
        JoseTokenCrypto crypto = JoseTokenCrypto.fromJwkSet(KEYS, nextRandom());
        String[] parts = crypto.seal(janesClaims()).split("\\.", -1);
        if (part == 0) {
            parts[0] = Fixtures.base64Url("{\"alg\":\"dir\",\"enc\":\"A256GCM\",\"kid\":\"direct-1\","
                    + "\"typ\":\"flex-user+jwt\",\"x\":1}");
        } else {
            byte[] bytes = Base64.getUrlDecoder().decode(parts[part]);
            bytes[bytes.length - 1] ^= 0x40;
            parts[part] = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        }

        assertThat(rejection(crypto.open(String.join(".", parts)))).isEqualTo(TokenRejection.UNDECRYPTABLE);
    }

    @Test
    void openWhenEncryptedKeyPartIsNotEmptyThenUndecryptable() {
        JoseTokenCrypto crypto = JoseTokenCrypto.fromJwkSet(KEYS, nextRandom());
        String[] parts = crypto.seal(janesClaims()).split("\\.", -1);
        parts[1] = "AAAA";

        assertThat(rejection(crypto.open(String.join(".", parts)))).isEqualTo(TokenRejection.UNDECRYPTABLE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "AAAAAAAAAAAAAAAA", "AAAAAAAAAAAAAAAAAAAA"})
    void openWhenIvIsNot96BitsThenUndecryptable(String iv) {
        JoseTokenCrypto crypto = JoseTokenCrypto.fromJwkSet(KEYS, nextRandom());
        String[] parts = crypto.seal(janesClaims()).split("\\.", -1);
        parts[2] = iv;

        assertThat(rejection(crypto.open(String.join(".", parts)))).isEqualTo(TokenRejection.UNDECRYPTABLE);
    }

    @Test
    void openWhenTagIsTruncatedThenUndecryptable() {
        JoseTokenCrypto crypto = JoseTokenCrypto.fromJwkSet(KEYS, nextRandom());
        String[] parts = crypto.seal(janesClaims()).split("\\.", -1);
        parts[4] = parts[4].substring(0, 16);

        assertThat(rejection(crypto.open(String.join(".", parts)))).isEqualTo(TokenRejection.UNDECRYPTABLE);
    }

    @Test
    void openWhenHeaderCarriesCritThenUndecryptableLikeJose4j() {
        String token = Forge.withFirstKeyOf(KEYS).critical("x-policy").payload(JANES_PAYLOAD).seal();

        assertThat(Fixtures.header(token).get("crit").toString()).isEqualTo("[\"x-policy\"]");
        assertThatThrownBy(() -> Forge.openWithJose4j(KEYS, token)).hasRootCauseMessage(
                "Unrecognized header 'x-policy' marked as critical.");
        assertThat(rejection(JoseTokenCrypto.fromJwkSet(KEYS, nextRandom()).open(token)))
                .isEqualTo(TokenRejection.UNDECRYPTABLE);
    }

    @Test
    void sealWhenManyTokensThenIvsNeverRepeat() {
        JoseTokenCrypto crypto = JoseTokenCrypto.fromJwkSet(KEYS, nextRandom());
        java.util.Set<String> ivs = new java.util.HashSet<>();

        for (int i = 0; i < 1000; i++) {
            ivs.add(crypto.seal(janesClaims()).split("\\.", -1)[2]);
        }

        assertThat(ivs).hasSize(1000);
    }
}
