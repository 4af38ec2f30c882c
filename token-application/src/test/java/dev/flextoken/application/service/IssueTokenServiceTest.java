package dev.flextoken.application.service;

import dev.flextoken.application.port.in.IssueTokenUseCase.InstanceNotFound;
import dev.flextoken.application.port.in.IssueTokenUseCase.IssueTokenCommand;
import dev.flextoken.application.port.in.IssueTokenUseCase.IssueTokenResult;
import dev.flextoken.application.port.in.IssueTokenUseCase.Issued;
import dev.flextoken.application.port.in.IssueTokenUseCase.TtlOutOfRange;
import dev.flextoken.application.port.in.IssueTokenUseCase.UserDeactivated;
import dev.flextoken.application.port.in.IssueTokenUseCase.UserNotFound;
import dev.flextoken.application.port.out.OpenTokenPort.Opened;
import dev.flextoken.application.port.out.StoreUnavailableException;
import dev.flextoken.domain.FlexInstance;
import dev.flextoken.domain.FlexUserSid;
import dev.flextoken.domain.InstanceSid;
import dev.flextoken.domain.Role;
import dev.flextoken.domain.TokenClaims;
import dev.flextoken.domain.TokenInfo;
import dev.flextoken.domain.TtlPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;

import static dev.flextoken.domain.DomainFixtures.ACCOUNT;
import static dev.flextoken.domain.DomainFixtures.INSTANCE;
import static dev.flextoken.domain.DomainFixtures.JANE;
import static dev.flextoken.domain.DomainFixtures.JANE_USERNAME;
import static dev.flextoken.domain.DomainFixtures.NOW;
import static dev.flextoken.domain.DomainFixtures.OTHER_ACCOUNT;
import static dev.flextoken.domain.DomainFixtures.OTHER_INSTANCE;
import static dev.flextoken.domain.DomainFixtures.aUser;
import static dev.flextoken.domain.DomainFixtures.anInstance;
import static dev.flextoken.domain.DomainFixtures.sid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IssueTokenServiceTest {

    private static final String ISSUER = "https://tokens.example";
    private static final TtlPolicy SERVER_POLICY = new TtlPolicy(3600, 60, 86_400);
    private static final TtlPolicy INSTANCE_POLICY = new TtlPolicy(300, 120, 900);
    private static final InstanceSid STRICT_INSTANCE = new InstanceSid(sid("GO", 3));
    private static final Instant ISSUED_AT = Instant.parse("2025-10-23T15:22:26Z");

    private final InMemoryInstances instances = new InMemoryInstances().with(
            anInstance().build(),
            anInstance().withSid(OTHER_INSTANCE).ownedBy(OTHER_ACCOUNT).build(),
            anInstance().withSid(STRICT_INSTANCE).withTtlOverride(INSTANCE_POLICY).build());
    private final InMemoryUsers users = new InMemoryUsers().with(
            aUser().withOwnPermissions("FPN7777").build(),
            aUser().withSid(new FlexUserSid(sid("FU", 2))).withUsername("gone").deactivatedAt(NOW).build(),
            aUser().withSid(new FlexUserSid(sid("FU", 3))).in(strictInstance()).build(),
            aUser().withSid(new FlexUserSid(sid("FU", 4))).in(otherAccountsInstance()).build());
    private final FakeTokens tokens = new FakeTokens();
    private final MutableClock clock = new MutableClock(NOW);
    private final IssueTokenService service = new IssueTokenService(instances, users, tokens, new SequentialIds(),
            clock, new TokenSettings(ISSUER, SERVER_POLICY, Duration.ofSeconds(60)));

    private static FlexInstance strictInstance() {
        return anInstance().withSid(STRICT_INSTANCE).withTtlOverride(INSTANCE_POLICY).build();
    }

    private static FlexInstance otherAccountsInstance() {
        return anInstance().withSid(OTHER_INSTANCE).ownedBy(OTHER_ACCOUNT).build();
    }

    private static IssueTokenCommand janeFor(OptionalLong ttl) {
        return new IssueTokenCommand(ACCOUNT, INSTANCE, JANE, ttl);
    }

    @Test
    void issueWhenUserIsActiveThenReturnsTheSealedTokenAndItsInfo() {
        IssueTokenResult result = service.issue(janeFor(OptionalLong.of(600)));

        assertThat(result).isInstanceOfSatisfying(Issued.class, issued -> {
            assertThat(tokens.sealedClaims()).hasSize(1);
            assertThat(tokens.open(issued.accessToken())).isEqualTo(new Opened(tokens.sealedClaims().get(0)));
            assertThat(issued.tokenInfo()).isEqualTo(tokens.sealedClaims().get(0).tokenInfo());
        });
    }

    @Test
    void issueWhenUserIsActiveThenTokenInfoDescribesUserAndInstance() {
        Issued issued = (Issued) service.issue(janeFor(OptionalLong.of(600)));

        TokenInfo info = issued.tokenInfo();
        assertThat(info.accountSid()).isEqualTo(ACCOUNT);
        assertThat(info.instanceSid()).isEqualTo(INSTANCE);
        assertThat(info.flexUserSid()).isEqualTo(JANE);
        assertThat(info.identity()).isEqualTo(JANE_USERNAME);
        assertThat(info.username()).isEqualTo(JANE_USERNAME);
        assertThat(info.roles()).containsExactly(Role.AGENT);
        assertThat(info.permissions()).containsExactly("FPN9999", "FPN0000", "FPN7777");
        assertThat(info.expiration()).isEqualTo(ISSUED_AT.plusSeconds(600));
    }

    @Test
    void issueWhenIssuedThenTheSealerGetsTheConfiguredIssuerAndAFreshTokenId() {
        service.issue(janeFor(OptionalLong.empty()));
        service.issue(janeFor(OptionalLong.empty()));

        assertThat(tokens.sealedClaims()).extracting(TokenClaims::issuer).containsOnly(ISSUER);
        assertThat(tokens.sealedClaims()).extracting(TokenClaims::tokenId)
                .containsExactly(SequentialIds.tokenId(1), SequentialIds.tokenId(2));
    }

    @Test
    void issueWhenIssuedThenClaimsTakeTheirTimesFromTheClockInWholeSeconds() {
        service.issue(janeFor(OptionalLong.of(600)));

        TokenClaims claims = tokens.sealedClaims().get(0);
        assertThat(claims.issuedAt()).isEqualTo(ISSUED_AT);
        assertThat(claims.notBefore()).isEqualTo(ISSUED_AT);
        assertThat(claims.expiresAt()).isEqualTo(ISSUED_AT.plusSeconds(600));
        assertThat(claims.subject()).isEqualTo(JANE);
        assertThat(claims.audience()).isEqualTo(INSTANCE);
    }

    @Test
    void issueWhenNoTtlAndNoInstanceOverrideThenUsesTheServerDefault() {
        Issued issued = (Issued) service.issue(janeFor(OptionalLong.empty()));

        assertThat(issued.tokenInfo().expiration()).isEqualTo(ISSUED_AT.plusSeconds(3600));
    }

    @Test
    void issueWhenNoTtlAndInstanceOverridesThenUsesTheInstanceDefault() {
        IssueTokenCommand command = new IssueTokenCommand(ACCOUNT, STRICT_INSTANCE, new FlexUserSid(sid("FU", 3)),
                OptionalLong.empty());

        Issued issued = (Issued) service.issue(command);

        assertThat(issued.tokenInfo().expiration()).isEqualTo(ISSUED_AT.plusSeconds(300));
    }

    @ParameterizedTest
    @ValueSource(longs = {60, 86_400})
    void issueWhenTtlIsAtABoundOfTheServerPolicyThenIssues(long ttl) {
        Issued issued = (Issued) service.issue(janeFor(OptionalLong.of(ttl)));

        assertThat(issued.tokenInfo().expiration()).isEqualTo(ISSUED_AT.plusSeconds(ttl));
    }

    @ParameterizedTest
    @ValueSource(longs = {59, 86_401, 0, -1})
    void issueWhenTtlIsOutsideTheServerPolicyThenTtlOutOfRangeNamingThePolicy(long ttl) {
        assertThat(service.issue(janeFor(OptionalLong.of(ttl)))).isEqualTo(new TtlOutOfRange(SERVER_POLICY));
        assertThat(tokens.sealedClaims()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(longs = {119, 901, 3600})
    void issueWhenTtlIsOutsideTheInstanceOverrideThenTtlOutOfRangeNamingTheOverride(long ttl) {
        IssueTokenCommand command = new IssueTokenCommand(ACCOUNT, STRICT_INSTANCE, new FlexUserSid(sid("FU", 3)),
                OptionalLong.of(ttl));

        assertThat(service.issue(command)).isEqualTo(new TtlOutOfRange(INSTANCE_POLICY));
    }

    @ParameterizedTest
    @ValueSource(longs = {120, 900})
    void issueWhenTtlIsAtABoundOfTheInstanceOverrideThenIssues(long ttl) {
        IssueTokenCommand command = new IssueTokenCommand(ACCOUNT, STRICT_INSTANCE, new FlexUserSid(sid("FU", 3)),
                OptionalLong.of(ttl));

        assertThat(service.issue(command)).isInstanceOf(Issued.class);
    }

    @Test
    void issueWhenInstanceIsUnknownThenInstanceNotFound() {
        IssueTokenCommand command = new IssueTokenCommand(ACCOUNT, new InstanceSid(sid("GO", 99)), JANE,
                OptionalLong.empty());

        assertThat(service.issue(command)).isEqualTo(new InstanceNotFound());
    }

    @Test
    void issueWhenInstanceBelongsToAnotherAccountThenInstanceNotFound() {
        IssueTokenCommand command = new IssueTokenCommand(ACCOUNT, OTHER_INSTANCE, new FlexUserSid(sid("FU", 4)),
                OptionalLong.empty());

        assertThat(service.issue(command)).isEqualTo(new InstanceNotFound());
        assertThat(tokens.sealedClaims()).isEmpty();
    }

    @Test
    void issueWhenCallerIsOfAnotherAccountThenInstanceNotFoundEvenForAKnownUser() {
        IssueTokenCommand command = new IssueTokenCommand(OTHER_ACCOUNT, INSTANCE, JANE, OptionalLong.empty());

        assertThat(service.issue(command)).isEqualTo(new InstanceNotFound());
    }

    @Test
    void issueWhenUserIsUnknownThenUserNotFound() {
        IssueTokenCommand command = new IssueTokenCommand(ACCOUNT, INSTANCE, new FlexUserSid(sid("FU", 99)),
                OptionalLong.empty());

        assertThat(service.issue(command)).isEqualTo(new UserNotFound());
    }

    @Test
    void issueWhenUserBelongsToAnotherInstanceOfTheAccountThenUserNotFound() {
        IssueTokenCommand command = new IssueTokenCommand(ACCOUNT, INSTANCE, new FlexUserSid(sid("FU", 3)),
                OptionalLong.empty());

        assertThat(service.issue(command)).isEqualTo(new UserNotFound());
    }

    @Test
    void issueWhenUserIsDeactivatedThenUserDeactivatedAndNothingIsSealed() {
        IssueTokenCommand command = new IssueTokenCommand(ACCOUNT, INSTANCE, new FlexUserSid(sid("FU", 2)),
                OptionalLong.empty());

        assertThat(service.issue(command)).isEqualTo(new UserDeactivated());
        assertThat(tokens.sealedClaims()).isEmpty();
    }

    @Test
    void issueWhenTheStoreIsUnavailableThenTheFailurePassesThrough() {
        IssueTokenService broken = new IssueTokenService(sid -> {
            throw new StoreUnavailableException("down");
        }, users, tokens, new SequentialIds(), clock, TokenSettings.defaults());

        assertThatThrownBy(() -> broken.issue(janeFor(OptionalLong.empty())))
                .isInstanceOf(StoreUnavailableException.class);
    }

    @Test
    void issuedWhenPrintedThenCarriesNoToken() {
        Issued issued = (Issued) service.issue(janeFor(OptionalLong.empty()));

        assertThat(issued.toString()).doesNotContain(issued.accessToken(), JANE_USERNAME);
    }

    @Test
    void issueWhenTheClockMovesThenTheNextTokenIsIssuedAtTheNewTime() {
        service.issue(janeFor(OptionalLong.of(600)));
        clock.advance(Duration.ofMinutes(5));

        service.issue(janeFor(OptionalLong.of(600)));

        assertThat(tokens.sealedClaims()).extracting(TokenClaims::issuedAt)
                .containsExactly(ISSUED_AT, ISSUED_AT.plusSeconds(300));
        assertThat(tokens.sealedClaims().get(1).expiresAt()).isEqualTo(ISSUED_AT.plusSeconds(900));
    }
}
