package dev.flextoken.domain;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static dev.flextoken.domain.DomainFixtures.ACCOUNT;
import static dev.flextoken.domain.DomainFixtures.INSTANCE;
import static dev.flextoken.domain.DomainFixtures.JANE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TokenClaimsTest {

    private static final Instant ISSUED = Instant.parse("2025-10-23T15:22:26Z");
    private static final Instant EXPIRES = Instant.parse("2025-10-23T16:22:26Z");

    private static TokenInfo info(List<String> permissions) {
        return new TokenInfo(ACCOUNT, EXPIRES, INSTANCE, JANE, "jane-identity", permissions, List.of(Role.AGENT),
                "jane.username");
    }

    @Test
    void subjectAudienceAndExpiryWhenReadThenComeFromTheTokenInfo() {
        TokenClaims claims = new TokenClaims("issuer", ISSUED, ISSUED, "jti", info(List.of("FPN1")));

        assertThat(claims.subject()).isEqualTo(JANE);
        assertThat(claims.audience()).isEqualTo(INSTANCE);
        assertThat(claims.expiresAt()).isEqualTo(EXPIRES);
    }

    @Test
    void constructorWhenAFieldIsNullThenThrowsNamingIt() {
        assertThatThrownBy(() -> new TokenClaims(null, ISSUED, ISSUED, "jti", info(List.of())))
                .isInstanceOf(NullPointerException.class).hasMessage("issuer");
        assertThatThrownBy(() -> new TokenClaims("issuer", ISSUED, ISSUED, "jti", null))
                .isInstanceOf(NullPointerException.class).hasMessage("tokenInfo");
    }

    @Test
    void toStringWhenCalledThenCarriesNoPersonalData() {
        TokenClaims claims = new TokenClaims("issuer", ISSUED, ISSUED, "jti", info(List.of("FPN1")));

        assertThat(claims.toString())
                .contains(JANE.value(), INSTANCE.value())
                .doesNotContain("jane-identity", "jane.username");
    }

    @Test
    void tokenInfoWhenTheSourceListsChangeLaterThenKeepsItsCopies() {
        List<String> permissions = new ArrayList<>(List.of("FPN1"));
        TokenInfo info = info(permissions);

        permissions.add("FPN2");

        assertThat(info.permissions()).containsExactly("FPN1");
    }
}
