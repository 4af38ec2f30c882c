package dev.flextoken.domain;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static dev.flextoken.domain.DomainFixtures.ACCOUNT;
import static dev.flextoken.domain.DomainFixtures.INSTANCE;
import static dev.flextoken.domain.DomainFixtures.JANE;
import static dev.flextoken.domain.DomainFixtures.JANE_USERNAME;
import static dev.flextoken.domain.DomainFixtures.NOW;
import static dev.flextoken.domain.DomainFixtures.OTHER_INSTANCE;
import static dev.flextoken.domain.DomainFixtures.aUser;
import static dev.flextoken.domain.DomainFixtures.anInstance;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TokenRequestTest {

    private static final String ISSUER = "https://issuer.example";
    private static final String TOKEN_ID = "0123456789abcdef0123456789abcdef";

    private final FlexInstance instance = anInstance().build();

    @Test
    void claimsWhenNowHasAFractionThenIssuedAtIsTruncatedToSeconds() {
        TokenClaims claims = new TokenRequest(instance, aUser().build(), new Ttl(600))
                .claims(ISSUER, Instant.parse("2025-10-23T15:22:26.999999999Z"), TOKEN_ID);

        assertThat(claims.issuedAt()).isEqualTo(Instant.parse("2025-10-23T15:22:26Z"));
    }

    @Test
    void claimsWhenIssuedThenExpiresTtlAfterIssuedAtAndIsValidFromIssuedAt() {
        TokenClaims claims = new TokenRequest(instance, aUser().build(), new Ttl(600)).claims(ISSUER, NOW, TOKEN_ID);

        assertThat(claims.expiresAt()).isEqualTo(Instant.parse("2025-10-23T15:32:26Z"));
        assertThat(claims.tokenInfo().expiration()).isEqualTo(claims.issuedAt().plusSeconds(600));
        assertThat(claims.notBefore()).isEqualTo(claims.issuedAt());
    }

    @Test
    void claimsWhenIssuedThenCarriesIssuerAndTokenId() {
        TokenClaims claims = new TokenRequest(instance, aUser().build(), new Ttl(600)).claims(ISSUER, NOW, TOKEN_ID);

        assertThat(claims.issuer()).isEqualTo(ISSUER);
        assertThat(claims.tokenId()).isEqualTo(TOKEN_ID);
    }

    @Test
    void claimsWhenIssuedThenTokenInfoDescribesTheUserAndInstance() {
        FlexUser user = aUser().withRoles(Role.AGENT).withIdentity("jane-identity").build();

        TokenInfo info = new TokenRequest(instance, user, new Ttl(600)).claims(ISSUER, NOW, TOKEN_ID).tokenInfo();

        assertThat(info.accountSid()).isEqualTo(ACCOUNT);
        assertThat(info.instanceSid()).isEqualTo(INSTANCE);
        assertThat(info.flexUserSid()).isEqualTo(JANE);
        assertThat(info.identity()).isEqualTo("jane-identity");
        assertThat(info.username()).isEqualTo(JANE_USERNAME);
        assertThat(info.roles()).containsExactly(Role.AGENT);
    }

    @Test
    void claimsWhenUserHasRolesAndOwnPermissionsThenDerivesPermissionsThroughTheInstance() {
        FlexUser user = aUser().withRoles(Role.SUPERVISOR, Role.AGENT).withOwnPermissions("FPN7777").build();

        TokenInfo info = new TokenRequest(instance, user, new Ttl(600)).claims(ISSUER, NOW, TOKEN_ID).tokenInfo();

        assertThat(info.permissions()).containsExactly("FPN0000", "FPN0100", "FPN9999", "FPN7777");
    }

    @Test
    void constructorWhenUserBelongsToAnotherInstanceThenThrows() {
        FlexUser stranger = aUser().in(anInstance().withSid(OTHER_INSTANCE).build()).build();

        assertThatThrownBy(() -> new TokenRequest(instance, stranger, new Ttl(600)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a member");
    }

    @Test
    void constructorWhenUserIsDeactivatedThenThrows() {
        FlexUser deactivated = aUser().deactivatedAt(NOW).build();

        assertThatThrownBy(() -> new TokenRequest(instance, deactivated, new Ttl(600)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("deactivated");
    }
}
