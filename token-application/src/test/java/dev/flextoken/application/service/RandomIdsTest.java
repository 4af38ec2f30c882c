package dev.flextoken.application.service;

import dev.flextoken.domain.FlexUserSid;
import org.junit.jupiter.api.Test;

import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class RandomIdsTest {

    /** Hands out the bytes 0, 1, 2, ... in turn, so that every id is known in advance. */
    private static final class CountingRandom extends SecureRandom {
        private byte next;

        @Override
        public void nextBytes(byte[] bytes) {
            for (int i = 0; i < bytes.length; i++) {
                bytes[i] = next++;
            }
        }
    }

    private static SecureRandom seeded(long seed) throws NoSuchAlgorithmException {
        SecureRandom random = SecureRandom.getInstance("SHA1PRNG");
        random.setSeed(seed);
        return random;
    }

    @Test
    void newTokenIdWhenCalledThenIs128BitsAsLowerCaseHex() {
        RandomIds ids = new RandomIds(new CountingRandom());

        assertThat(ids.newTokenId()).isEqualTo("000102030405060708090a0b0c0d0e0f");
        assertThat(ids.newTokenId()).isEqualTo("101112131415161718191a1b1c1d1e1f");
    }

    @Test
    void newFlexUserSidWhenCalledThenIsAWellFormedUserSid() {
        RandomIds ids = new RandomIds(new CountingRandom());

        FlexUserSid sid = ids.newFlexUserSid();

        assertThat(sid.value()).isEqualTo("FU000102030405060708090a0b0c0d0e0f");
        assertThat(FlexUserSid.parse(sid.value(), "FlexUserSid")).isEqualTo(sid);
    }

    @Test
    void newTokenIdWhenSeededThenThirtyTwoHexDigitsDifferentEachCall() throws NoSuchAlgorithmException {
        RandomIds ids = new RandomIds(seeded(42));

        Set<String> seen = new HashSet<>();
        IntStream.range(0, 100).forEach(i -> seen.add(ids.newTokenId()));

        assertThat(seen).hasSize(100).allMatch(id -> id.matches("[0-9a-f]{32}"));
    }

    @Test
    void newFlexUserSidWhenSeededThenWellFormedAndDifferentEachCall() throws NoSuchAlgorithmException {
        RandomIds ids = new RandomIds(seeded(42));

        FlexUserSid first = ids.newFlexUserSid();
        FlexUserSid second = ids.newFlexUserSid();

        assertThat(first.value()).matches("FU[0-9a-f]{32}");
        assertThat(second.value()).matches("FU[0-9a-f]{32}");
        assertThat(first).isNotEqualTo(second);
    }

    @Test
    void newTokenIdWhenTwoGeneratorsShareASeedThenTheyAgree() throws NoSuchAlgorithmException {
        RandomIds one = new RandomIds(seeded(7));
        RandomIds other = new RandomIds(seeded(7));

        assertThat(one.newTokenId()).isEqualTo(other.newTokenId());
        assertThat(one.newFlexUserSid()).isEqualTo(other.newFlexUserSid());
    }
}
