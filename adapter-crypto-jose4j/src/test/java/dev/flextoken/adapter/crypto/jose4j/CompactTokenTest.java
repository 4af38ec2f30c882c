package dev.flextoken.adapter.crypto.jose4j;

import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static dev.flextoken.adapter.crypto.jose4j.Fixtures.janesClaims;
import static dev.flextoken.adapter.crypto.jose4j.Fixtures.keySet;
import static dev.flextoken.adapter.crypto.jose4j.Fixtures.nextRandom;
import static org.assertj.core.api.Assertions.assertThat;

class CompactTokenTest {

    @Test
    void toStringWhenParsedThenNamesHeadersButNoTokenPart() {
        JoseTokenCrypto crypto = JoseTokenCrypto.fromJwkSet(keySet("A256KW", "kw-1", 51), nextRandom());
        String token = crypto.seal(janesClaims());

        String text = CompactToken.parse(token).orElseThrow().toString();

        assertThat(text).contains("kw-1", "A256KW", "A256GCM");
        assertThat(Arrays.stream(token.split("\\.")).filter(part -> text.contains(part))).isEmpty();
    }
}
