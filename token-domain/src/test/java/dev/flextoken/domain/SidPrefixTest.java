package dev.flextoken.domain;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SidPrefixTest {

    @Test
    void lettersWhenReadThenMatchTheDesign() {
        assertThat(AccountSid.PREFIX.letters()).isEqualTo("AC");
        assertThat(InstanceSid.PREFIX.letters()).isEqualTo("GO");
        assertThat(FlexUserSid.PREFIX.letters()).isEqualTo("FU");
        assertThat(ApiKeySid.PREFIX.letters()).isEqualTo("SK");
        assertThat(WorkerSid.PREFIX.letters()).isEqualTo("WK");
        assertThat(WorkspaceSid.PREFIX.letters()).isEqualTo("WS");
        assertThat(FlexTeamSid.PREFIX.letters()).isEqualTo("QO");
    }

    @Test
    void lettersWhenComparedThenEveryPrefixIsDistinctAndUpperCase() {
        assertThat(SidPrefix.values())
                .extracting(SidPrefix::letters)
                .doesNotHaveDuplicates()
                .allMatch(letters -> letters.matches("[A-Z]{2}"));
    }
}
