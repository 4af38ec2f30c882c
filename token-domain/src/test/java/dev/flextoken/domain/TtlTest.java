package dev.flextoken.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TtlTest {

    @ParameterizedTest
    @ValueSource(longs = {0, -1, Long.MIN_VALUE})
    void constructorWhenBelowOneSecondThenThrows(long seconds) {
        assertThatThrownBy(() -> new Ttl(seconds))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least 1 second");
    }

    @Test
    void constructorWhenOneSecondThenAccepts() {
        assertThat(new Ttl(1).seconds()).isEqualTo(1);
    }

    @Test
    void durationWhenReadThenIsTheSecondsAsADuration() {
        assertThat(new Ttl(90).duration()).isEqualTo(Duration.ofMinutes(1).plusSeconds(30));
    }
}
