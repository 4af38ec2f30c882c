package dev.flextoken.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

class TokenRejectionTest {

    @Test
    void codeWhenExpiredThen20104() {
        assertThat(TokenRejection.EXPIRED.code()).isEqualTo(20104);
    }

    @Test
    void codeWhenNotYetValidThen20105() {
        assertThat(TokenRejection.NOT_YET_VALID.code()).isEqualTo(20105);
    }

    @ParameterizedTest
    @EnumSource(value = TokenRejection.class, mode = EnumSource.Mode.EXCLUDE, names = {"EXPIRED", "NOT_YET_VALID"})
    void codeWhenAnyOtherReasonThen20101(TokenRejection reason) {
        assertThat(reason.code()).isEqualTo(20101);
    }

    @ParameterizedTest
    @EnumSource(TokenRejection.class)
    void messageWhenReadThenIsASentenceOfItsOwn(TokenRejection reason) {
        assertThat(reason.message()).isNotBlank().startsWith("The token");
    }
}
