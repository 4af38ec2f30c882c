package dev.flextoken.application.service;

import dev.flextoken.application.port.in.DeprovisionUserUseCase.DeprovisionUserCommand;
import dev.flextoken.application.port.in.IssueTokenUseCase.IssueTokenCommand;
import dev.flextoken.application.port.in.IssueTokenUseCase.Issued;
import dev.flextoken.application.port.in.ProvisionUserUseCase.Created;
import dev.flextoken.application.port.in.ProvisionUserUseCase.ProvisionUserCommand;
import dev.flextoken.application.port.in.ProvisionUserUseCase.Updated;
import dev.flextoken.application.port.in.ValidateTokenUseCase.Invalid;
import dev.flextoken.application.port.in.ValidateTokenUseCase.TokenValidation;
import dev.flextoken.application.port.in.ValidateTokenUseCase.Valid;
import dev.flextoken.application.port.in.ValidateTokenUseCase.ValidateTokenCommand;
import dev.flextoken.domain.AccountSid;
import dev.flextoken.domain.FlexUserSid;
import dev.flextoken.domain.InstanceSid;
import dev.flextoken.domain.Role;
import dev.flextoken.domain.TokenClaims;
import dev.flextoken.domain.TokenInfo;
import dev.flextoken.domain.TokenRejection;
import dev.flextoken.domain.TtlPolicy;
import dev.flextoken.domain.UserProfile;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

import static dev.flextoken.domain.DomainFixtures.ACCOUNT;
import static dev.flextoken.domain.DomainFixtures.INSTANCE;
import static dev.flextoken.domain.DomainFixtures.JANE;
import static dev.flextoken.domain.DomainFixtures.JANE_USERNAME;
import static dev.flextoken.domain.DomainFixtures.JANE_WORKER;
import static dev.flextoken.domain.DomainFixtures.OTHER_ACCOUNT;
import static dev.flextoken.domain.DomainFixtures.OTHER_INSTANCE;
import static dev.flextoken.domain.DomainFixtures.aUser;
import static dev.flextoken.domain.DomainFixtures.anInstance;
import static dev.flextoken.domain.DomainFixtures.sid;
import static org.assertj.core.api.Assertions.assertThat;

class ValidateTokenServiceTest {

    private static final String ISSUER = "https://tokens.example";
    private static final Duration SKEW = Duration.ofSeconds(60);
    private static final Instant ISSUED_AT = Instant.parse("2025-10-23T15:22:26Z");
    private static final Instant EXPIRES_AT = ISSUED_AT.plusSeconds(600);
    private static final FlexUserSid WORKERLESS = new FlexUserSid(sid("FU", 5));

    private final InMemoryInstances instances = new InMemoryInstances().with(
            anInstance().build(),
            anInstance().withSid(OTHER_INSTANCE).ownedBy(OTHER_ACCOUNT).build());
    private final InMemoryUsers users = new InMemoryUsers().with(
            aUser().build(),
            aUser().withSid(WORKERLESS).withUsername("no.worker").withoutWorker().build());
    private final FakeTokens tokens = new FakeTokens();
    private final MutableClock clock = new MutableClock(ISSUED_AT.plusSeconds(10));
    private final TokenSettings settings = new TokenSettings(ISSUER, TtlPolicy.STANDARD, SKEW);
    private final ValidateTokenService service = new ValidateTokenService(tokens, instances, users, clock, settings);

    /** Claims of a good token for Jane, issued at {@link #ISSUED_AT} for 600 s; each part can be varied. */
    private static final class Claims {
        private String issuer = ISSUER;
        private AccountSid account = ACCOUNT;
        private InstanceSid audience = INSTANCE;
        private FlexUserSid subject = JANE;
        private Instant issuedAt = ISSUED_AT;
        private Instant notBefore = ISSUED_AT;
        private Instant expiresAt = EXPIRES_AT;

        Claims issuer(String value) {
            issuer = value;
            return this;
        }

        Claims account(AccountSid value) {
            account = value;
            return this;
        }

        Claims audience(InstanceSid value) {
            audience = value;
            return this;
        }

        Claims subject(FlexUserSid value) {
            subject = value;
            return this;
        }

        Claims notBefore(Instant value) {
            notBefore = value;
            return this;
        }

        Claims expiresAt(Instant value) {
            expiresAt = value;
            return this;
        }

        TokenClaims build() {
            TokenInfo info = new TokenInfo(account, expiresAt, audience, subject, JANE_USERNAME,
                    List.of("FPN9999", "FPN0000"), List.of(Role.AGENT), JANE_USERNAME);
            return new TokenClaims(issuer, issuedAt, notBefore, SequentialIds.tokenId(1), info);
        }
    }

    private static Claims claims() {
        return new Claims();
    }

    private TokenValidation validate(Claims claims) {
        return validate(ACCOUNT, claims);
    }

    private TokenValidation validate(AccountSid caller, Claims claims) {
        return service.validate(new ValidateTokenCommand(caller, tokens.seal(claims.build())));
    }

    @Test
    void validateWhenTokenIsGoodThenValidWithItsClaimsAndTheUsersWorker() {
        TokenClaims good = claims().build();

        TokenValidation validation = service.validate(new ValidateTokenCommand(ACCOUNT, tokens.seal(good)));

        assertThat(validation).isEqualTo(new Valid(good, Optional.of(JANE_WORKER)));
    }

    @Test
    void validateWhenUserHasNoWorkerThenValidWithoutOne() {
        TokenValidation validation = validate(claims().subject(WORKERLESS));

        assertThat(validation).isInstanceOfSatisfying(Valid.class,
                valid -> assertThat(valid.workerSid()).isEmpty());
    }

    @ParameterizedTest
    @EnumSource(TokenRejection.class)
    void validateWhenOpenerRefusesThenItsReasonPassesThroughBeforeAnyLookup(TokenRejection reason) {
        tokens.refuseEveryToken(reason);

        assertThat(validate(claims())).isEqualTo(new Invalid(reason));
        assertThat(instances.loads()).isZero();
    }

    @Test
    void validateWhenTokenIsGibberishThenInvalidAndNothingThrows() {
        TokenValidation validation = service.validate(new ValidateTokenCommand(ACCOUNT, "not a token at all"));

        assertThat(validation).isEqualTo(new Invalid(TokenRejection.MALFORMED));
    }

    @Test
    void validateWhenIssuerDiffersThenWrongIssuerBeforeAnyLookup() {
        assertThat(validate(claims().issuer("https://elsewhere.example")))
                .isEqualTo(new Invalid(TokenRejection.WRONG_ISSUER));
        assertThat(instances.loads()).isZero();
    }

    @Test
    void validateWhenAudienceIsAnUnknownInstanceThenWrongAudience() {
        assertThat(validate(claims().audience(new InstanceSid(sid("GO", 99)))))
                .isEqualTo(new Invalid(TokenRejection.WRONG_AUDIENCE));
    }

    @Test
    void validateWhenAudienceIsAnInstanceOfAnotherAccountThanTheTokenSaysThenWrongAudience() {
        assertThat(validate(claims().audience(OTHER_INSTANCE)))
                .isEqualTo(new Invalid(TokenRejection.WRONG_AUDIENCE));
    }

    @Test
    void validateWhenTokenBelongsToAnotherAccountThanTheCallerThenWrongAccount() {
        assertThat(validate(OTHER_ACCOUNT, claims())).isEqualTo(new Invalid(TokenRejection.WRONG_ACCOUNT));
    }

    @Test
    void validateWhenCallerOwnsTheAudienceButTheTokenNamesAnotherAccountThenWrongAudience() {
        assertThat(validate(OTHER_ACCOUNT, claims().account(OTHER_ACCOUNT)))
                .isEqualTo(new Invalid(TokenRejection.WRONG_AUDIENCE));
    }

    @Test
    void validateWhenExpiredJustBeyondTheSkewThenExpired() {
        clock.set(EXPIRES_AT.plus(SKEW));

        assertThat(validate(claims())).isEqualTo(new Invalid(TokenRejection.EXPIRED));
    }

    @Test
    void validateWhenExpiredButWithinTheSkewThenValid() {
        clock.set(EXPIRES_AT.plus(SKEW).minusNanos(1));

        assertThat(validate(claims())).isInstanceOf(Valid.class);
    }

    @Test
    void validateWhenAtTheExpiryWithoutSkewThenExpired() {
        ValidateTokenService strict = new ValidateTokenService(tokens, instances, users, clock,
                new TokenSettings(ISSUER, TtlPolicy.STANDARD, Duration.ZERO));

        clock.set(EXPIRES_AT.minusNanos(1));
        assertThat(strict.validate(new ValidateTokenCommand(ACCOUNT, tokens.seal(claims().build()))))
                .isInstanceOf(Valid.class);
        clock.set(EXPIRES_AT);
        assertThat(strict.validate(new ValidateTokenCommand(ACCOUNT, tokens.seal(claims().build()))))
                .isEqualTo(new Invalid(TokenRejection.EXPIRED));
    }

    @Test
    void validateWhenNotBeforeLiesAheadBeyondTheSkewThenNotYetValid() {
        Instant notBefore = ISSUED_AT.plusSeconds(300);
        clock.set(notBefore.minus(SKEW).minusNanos(1));

        assertThat(validate(claims().notBefore(notBefore))).isEqualTo(new Invalid(TokenRejection.NOT_YET_VALID));
    }

    @Test
    void validateWhenNotBeforeLiesAheadWithinTheSkewThenValid() {
        Instant notBefore = ISSUED_AT.plusSeconds(300);
        clock.set(notBefore.minus(SKEW));

        assertThat(validate(claims().notBefore(notBefore))).isInstanceOf(Valid.class);
    }

    @Test
    void validateWhenTimesLieAtTheEndsOfTimeThenAnswersWithoutThrowing() {
        assertThat(validate(claims().expiresAt(Instant.MAX))).isInstanceOf(Valid.class);
        assertThat(validate(claims().notBefore(Instant.MIN))).isInstanceOf(Valid.class);
        assertThat(validate(claims().notBefore(Instant.MAX).expiresAt(Instant.MAX)))
                .isEqualTo(new Invalid(TokenRejection.NOT_YET_VALID));
    }

    @Test
    void validateWhenUserWasDeprovisionedAfterIssueThenRevoked() {
        users.with(aUser().deactivatedAt(ISSUED_AT.plusSeconds(5)).build());

        assertThat(validate(claims())).isEqualTo(new Invalid(TokenRejection.REVOKED));
    }

    @Test
    void validateWhenUserWasDeprovisionedInTheSecondOfIssueThenRevoked() {
        users.with(aUser().deactivatedAt(ISSUED_AT.plusMillis(999)).build());

        assertThat(validate(claims())).isEqualTo(new Invalid(TokenRejection.REVOKED));
    }

    @Test
    void validateWhenUserIsMissingThenRevoked() {
        assertThat(validate(claims().subject(new FlexUserSid(sid("FU", 99)))))
                .isEqualTo(new Invalid(TokenRejection.REVOKED));
    }

    @Test
    void validateWhenUserWasReactivatedButRevokedLaterThanIssueThenStillRevoked() {
        users.with(aUser().deactivatedAt(ISSUED_AT.plusSeconds(5)).build()
                .reprovision(UserProfile.empty(), ISSUED_AT.plusSeconds(8)));

        assertThat(validate(claims())).isEqualTo(new Invalid(TokenRejection.REVOKED));
    }

    @Test
    void validateWhenUserWasRevokedBeforeIssueAndIsActiveThenValid() {
        users.with(aUser().deactivatedAt(ISSUED_AT.minusSeconds(1)).build()
                .reprovision(UserProfile.empty(), ISSUED_AT.minusMillis(500)));

        assertThat(validate(claims())).isInstanceOf(Valid.class);
    }

    @Nested
    class InOrder {

        @Test
        void validateWhenWrongIssuerAndEverythingElseWrongThenWrongIssuer() {
            clock.set(EXPIRES_AT.plus(Duration.ofDays(1)));

            assertThat(validate(OTHER_ACCOUNT, claims().issuer("other").audience(new InstanceSid(sid("GO", 99)))
                    .subject(new FlexUserSid(sid("FU", 99))))).isEqualTo(new Invalid(TokenRejection.WRONG_ISSUER));
        }

        @Test
        void validateWhenWrongAudienceAndExpiredThenWrongAudience() {
            clock.set(EXPIRES_AT.plus(Duration.ofDays(1)));

            assertThat(validate(OTHER_ACCOUNT, claims().audience(new InstanceSid(sid("GO", 99)))))
                    .isEqualTo(new Invalid(TokenRejection.WRONG_AUDIENCE));
        }

        @Test
        void validateWhenWrongAccountAndExpiredThenWrongAccount() {
            clock.set(EXPIRES_AT.plus(Duration.ofDays(1)));

            assertThat(validate(OTHER_ACCOUNT, claims())).isEqualTo(new Invalid(TokenRejection.WRONG_ACCOUNT));
        }

        @Test
        void validateWhenExpiredAndRevokedThenExpired() {
            clock.set(EXPIRES_AT.plus(Duration.ofDays(1)));

            assertThat(validate(claims().subject(new FlexUserSid(sid("FU", 99)))))
                    .isEqualTo(new Invalid(TokenRejection.EXPIRED));
        }

        @Test
        void validateWhenNotYetValidAndRevokedThenNotYetValid() {
            assertThat(validate(claims().subject(new FlexUserSid(sid("FU", 99)))
                    .notBefore(ISSUED_AT.plus(Duration.ofDays(1))).expiresAt(ISSUED_AT.plus(Duration.ofDays(2)))))
                    .isEqualTo(new Invalid(TokenRejection.NOT_YET_VALID));
        }
    }

    /** Issue, deprovision and reprovision through the real services, sharing the fakes with validation. */
    @Nested
    class AcrossTheLifecycle {

        private final IssueTokenService issuer = new IssueTokenService(instances, users, tokens, new SequentialIds(),
                clock, settings);
        private final UserLifecycleService lifecycle = new UserLifecycleService(instances, users, users,
                new SequentialIds(), clock);

        private FlexUserSid provisionBob() {
            return ((Created) lifecycle.provision(new ProvisionUserCommand(ACCOUNT, INSTANCE, "bob",
                    UserProfile.empty()))).user().user().sid();
        }

        private String issueTo(FlexUserSid user) {
            return ((Issued) issuer.issue(new IssueTokenCommand(ACCOUNT, INSTANCE, user, OptionalLong.empty())))
                    .accessToken();
        }

        private TokenValidation check(String token) {
            return service.validate(new ValidateTokenCommand(ACCOUNT, token));
        }

        @Test
        void validateWhenUserIsDeprovisionedAfterIssueThenTheTokenStopsAtOnce() {
            FlexUserSid bob = provisionBob();
            String token = issueTo(bob);
            assertThat(check(token)).isInstanceOf(Valid.class);

            clock.advance(Duration.ofSeconds(30));
            lifecycle.deprovision(new DeprovisionUserCommand(ACCOUNT, INSTANCE, bob));

            assertThat(check(token)).isEqualTo(new Invalid(TokenRejection.REVOKED));
        }

        @Test
        void validateWhenUserIsReprovisionedLaterThenOldTokenStaysRevokedAndNewTokenIsValid() {
            FlexUserSid bob = provisionBob();
            String before = issueTo(bob);
            clock.advance(Duration.ofSeconds(30));
            lifecycle.deprovision(new DeprovisionUserCommand(ACCOUNT, INSTANCE, bob));

            clock.advance(Duration.ofSeconds(30));
            assertThat(lifecycle.provision(new ProvisionUserCommand(ACCOUNT, INSTANCE, "bob", UserProfile.empty())))
                    .isInstanceOf(Updated.class);
            String after = issueTo(bob);

            assertThat(check(before)).isEqualTo(new Invalid(TokenRejection.REVOKED));
            assertThat(check(after)).isInstanceOf(Valid.class);
        }

        @Test
        void validateWhenReissuedWithinTheSecondOfTheDeprovisioningThenStillRevoked() {
            clock.set(Instant.parse("2025-10-23T18:00:00.100Z"));
            FlexUserSid bob = provisionBob();
            clock.set(Instant.parse("2025-10-23T18:00:00.500Z"));
            lifecycle.deprovision(new DeprovisionUserCommand(ACCOUNT, INSTANCE, bob));
            clock.set(Instant.parse("2025-10-23T18:00:00.700Z"));
            lifecycle.provision(new ProvisionUserCommand(ACCOUNT, INSTANCE, "bob", UserProfile.empty()));

            clock.set(Instant.parse("2025-10-23T18:00:00.900Z"));
            String sameSecond = issueTo(bob);
            clock.set(Instant.parse("2025-10-23T18:00:01Z"));
            String nextSecond = issueTo(bob);

            assertThat(check(sameSecond)).isEqualTo(new Invalid(TokenRejection.REVOKED));
            assertThat(check(nextSecond)).isInstanceOf(Valid.class);
        }
    }
}
