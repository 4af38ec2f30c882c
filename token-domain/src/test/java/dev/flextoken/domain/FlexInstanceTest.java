package dev.flextoken.domain;

import org.junit.jupiter.api.Test;

import static dev.flextoken.domain.DomainFixtures.ACCOUNT;
import static dev.flextoken.domain.DomainFixtures.OTHER_ACCOUNT;
import static dev.flextoken.domain.DomainFixtures.anInstance;
import static org.assertj.core.api.Assertions.assertThat;

class FlexInstanceTest {

    @Test
    void isOwnedByWhenItsAccountThenTrueElseFalse() {
        FlexInstance instance = anInstance().ownedBy(ACCOUNT).build();

        assertThat(instance.isOwnedBy(ACCOUNT)).isTrue();
        assertThat(instance.isOwnedBy(OTHER_ACCOUNT)).isFalse();
    }

    @Test
    void ttlPolicyWhenNoOverrideThenFollowsTheServer() {
        assertThat(anInstance().build().ttlPolicy(TtlPolicy.STANDARD)).isSameAs(TtlPolicy.STANDARD);
    }

    @Test
    void ttlPolicyWhenOverriddenThenUsesItsOwn() {
        TtlPolicy own = new TtlPolicy(300, 120, 900);

        assertThat(anInstance().withTtlOverride(own).build().ttlPolicy(TtlPolicy.STANDARD)).isEqualTo(own);
    }
}
