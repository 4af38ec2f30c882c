package dev.flextoken.application.service;

import dev.flextoken.domain.TtlPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TokenSettingsTest {

    @Test
    void defaultsWhenAskedThenStandardPolicyDefaultIssuerAndOneMinuteOfSkew() {
        TokenSettings defaults = TokenSettings.defaults();

        assertThat(defaults.issuer()).isEqualTo("flex-token");
        assertThat(defaults.ttlPolicy()).isEqualTo(TtlPolicy.STANDARD);
        assertThat(defaults.clockSkew()).isEqualTo(Duration.ofSeconds(60));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "\t"})
    void constructorWhenIssuerIsBlankThenNamesTheSetting(String issuer) {
        assertThatThrownBy(() -> new TokenSettings(issuer, TtlPolicy.STANDARD, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'issuer'");
    }

    @Test
    void constructorWhenSkewIsNegativeThenNamesTheSetting() {
        assertThatThrownBy(() -> new TokenSettings("issuer", TtlPolicy.STANDARD, Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'clock-skew'");
    }

    @Test
    void constructorWhenSkewIsOverAnHourThenNamesTheSetting() {
        assertThatThrownBy(() -> new TokenSettings("issuer", TtlPolicy.STANDARD, Duration.ofSeconds(3601)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'clock-skew'");
        assertThat(new TokenSettings("issuer", TtlPolicy.STANDARD, Duration.ofHours(1)).clockSkew())
                .isEqualTo(TokenSettings.LONGEST_CLOCK_SKEW);
    }

    @Test
    void constructorWhenSkewIsZeroThenAccepts() {
        assertThat(new TokenSettings("issuer", TtlPolicy.STANDARD, Duration.ZERO).clockSkew()).isZero();
    }
}
