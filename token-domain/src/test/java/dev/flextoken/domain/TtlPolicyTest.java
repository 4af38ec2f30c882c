package dev.flextoken.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TtlPolicyTest {

    private final TtlPolicy policy = new TtlPolicy(3600, 60, 86_400);

    @Test
    void standardWhenReadThenIsTheHostedApisPolicy() {
        assertThat(TtlPolicy.STANDARD).isEqualTo(new TtlPolicy(3600, 60, 86_400));
    }

    @Test
    void constructorWhenBoundsAreCoherentThenKeepsThem() {
        assertThat(policy.defaultSeconds()).isEqualTo(3600);
        assertThat(policy.minSeconds()).isEqualTo(60);
        assertThat(policy.maxSeconds()).isEqualTo(86_400);
    }

    @Test
    void constructorWhenDefaultMinAndMaxAreEqualThenAccepts() {
        TtlPolicy fixed = new TtlPolicy(1, 1, 1);

        assertThat(fixed.admits(1)).isTrue();
        assertThat(fixed.admits(2)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(longs = {0, -1, Long.MIN_VALUE})
    void constructorWhenMinBelowOneThenNamesTtlMin(long min) {
        assertThatThrownBy(() -> new TtlPolicy(3600, min, 86_400))
                .isInstanceOfSatisfying(InvalidTtlPolicyException.class,
                        failure -> assertThat(failure.setting()).isEqualTo("ttl.min"))
                .hasMessageStartingWith("The setting 'ttl.min' ");
    }

    @Test
    void constructorWhenMaxBelowMinThenNamesTtlMax() {
        assertThatThrownBy(() -> new TtlPolicy(60, 60, 59))
                .isInstanceOfSatisfying(InvalidTtlPolicyException.class,
                        failure -> assertThat(failure.setting()).isEqualTo("ttl.max"))
                .hasMessageStartingWith("The setting 'ttl.max' ");
    }

    @ParameterizedTest
    @CsvSource({"59, 60, 86400", "86401, 60, 86400", "0, 60, 86400", "-1, 60, 86400"})
    void constructorWhenDefaultOutsideBoundsThenNamesTtlDefault(long defaultSeconds, long min, long max) {
        assertThatThrownBy(() -> new TtlPolicy(defaultSeconds, min, max))
                .isInstanceOfSatisfying(InvalidTtlPolicyException.class,
                        failure -> assertThat(failure.setting()).isEqualTo("ttl.default"))
                .hasMessageStartingWith("The setting 'ttl.default' ")
                .hasMessageContaining("ttl.min (" + min + ")")
                .hasMessageContaining("ttl.max (" + max + ")");
    }

    @Test
    void constructorWhenMinAndMaxAreBothWrongThenNamesTtlMinFirst() {
        assertThatThrownBy(() -> new TtlPolicy(10, 0, -5))
                .isInstanceOfSatisfying(InvalidTtlPolicyException.class,
                        failure -> assertThat(failure.setting()).isEqualTo("ttl.min"));
    }

    @Test
    void constructorWhenMaxBelowMinAndDefaultOutsideThenNamesTtlMax() {
        assertThatThrownBy(() -> new TtlPolicy(5000, 100, 50))
                .isInstanceOfSatisfying(InvalidTtlPolicyException.class,
                        failure -> assertThat(failure.setting()).isEqualTo("ttl.max"));
    }

    @Test
    void constructorWhenInvalidThenIsAnIllegalArgument() {
        assertThatThrownBy(() -> new TtlPolicy(0, 0, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void constructorWhenMaxBeyondAYearThenNamesTtlMaxAndItsProblem() {
        long longest = TtlPolicy.LONGEST_SECONDS;
        assertThat(new TtlPolicy(60, 60, longest).maxSeconds()).isEqualTo(365L * 86_400);

        assertThatThrownBy(() -> new TtlPolicy(60, 60, longest + 1))
                .isInstanceOfSatisfying(InvalidTtlPolicyException.class, failure -> {
                    assertThat(failure.setting()).isEqualTo("ttl.max");
                    assertThat(failure.problem()).startsWith("must not exceed").doesNotContain("ttl.max");
                });
    }

    @ParameterizedTest
    @ValueSource(longs = {60, 61, 3600, 86_399, 86_400})
    void admitsWhenWithinInclusiveBoundsThenTrue(long seconds) {
        assertThat(policy.admits(seconds)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(longs = {59, 86_401, 0, -1, Long.MIN_VALUE, Long.MAX_VALUE})
    void admitsWhenOutsideBoundsThenFalse(long seconds) {
        assertThat(policy.admits(seconds)).isFalse();
    }

    @Test
    void defaultTtlWhenReadThenIsTheDefaultInSeconds() {
        assertThat(policy.defaultTtl()).isEqualTo(Duration.ofHours(1));
    }
}
