package dev.flextoken.adapter.http;

import dev.flextoken.application.port.in.AuthenticateCallerUseCase;
import dev.flextoken.application.port.in.CheckReadinessUseCase;
import dev.flextoken.application.port.in.DeprovisionUserUseCase;
import dev.flextoken.application.port.in.FindUsersUseCase;
import dev.flextoken.application.port.in.FlexUserView;
import dev.flextoken.application.port.in.IssueTokenUseCase;
import dev.flextoken.application.port.in.ProvisionUserUseCase;
import dev.flextoken.application.port.in.ValidateTokenUseCase;
import dev.flextoken.application.port.out.StoreUnavailableException;
import dev.flextoken.domain.AccountSid;
import dev.flextoken.domain.FlexUser;
import dev.flextoken.domain.FlexUserSid;
import dev.flextoken.domain.InstanceSid;
import dev.flextoken.domain.Role;
import dev.flextoken.domain.TokenClaims;
import dev.flextoken.domain.TokenInfo;
import dev.flextoken.domain.TokenRejection;
import dev.flextoken.domain.TtlPolicy;
import dev.flextoken.domain.WorkerSid;
import dev.flextoken.domain.WorkspaceSid;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A small world behind hand-written use cases: one account (with an auth token and an API key), its instance
 * with an active and a deactivated user, and another account with its own instance. Two user SIDs make the
 * use cases fail: one as if the store were down, one with an unexpected exception.
 */
final class FakeWorld implements AuthenticateCallerUseCase, IssueTokenUseCase, ValidateTokenUseCase,
        ProvisionUserUseCase, DeprovisionUserUseCase, FindUsersUseCase, CheckReadinessUseCase {

    static final AccountSid ACCOUNT = new AccountSid("AC" + "0".repeat(31) + "1");
    static final String AUTH_TOKEN = "account-auth-token";
    static final String API_KEY = "SK" + "0".repeat(31) + "1";
    static final String API_KEY_SECRET = "api-key-secret";
    static final AccountSid OTHER_ACCOUNT = new AccountSid("AC" + "0".repeat(31) + "2");
    static final String OTHER_AUTH_TOKEN = "other-auth-token";

    static final InstanceSid INSTANCE = new InstanceSid("GO" + "0".repeat(31) + "1");
    static final InstanceSid OTHER_INSTANCE = new InstanceSid("GO" + "0".repeat(31) + "2");
    static final FlexUserSid ACTIVE_USER = new FlexUserSid("FU" + "0".repeat(31) + "1");
    static final FlexUserSid DEACTIVATED_USER = new FlexUserSid("FU" + "0".repeat(31) + "2");
    static final FlexUserSid UNKNOWN_USER = new FlexUserSid("FU" + "0".repeat(31) + "9");
    static final FlexUserSid STORE_DOWN_USER = new FlexUserSid("FU" + "0".repeat(29) + "503");
    static final FlexUserSid EXPLODING_USER = new FlexUserSid("FU" + "0".repeat(29) + "500");
    static final WorkerSid WORKER = new WorkerSid("WK" + "0".repeat(31) + "1");

    static final Instant NOW = Instant.parse("2025-10-23T15:22:26Z");
    static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    static final List<String> PERMISSIONS = List.of("FPN9999", "FPN0000");

    static final String GOOD_TOKEN = "good.token.for.the.test";
    static final String EXPIRED_TOKEN = "expired.token.for.the.test";
    static final String SECOND_PAGE = "page-2";

    /** Calls of every use case but authentication. */
    final AtomicInteger useCaseCalls = new AtomicInteger();
    final AtomicBoolean ready = new AtomicBoolean(true);

    static FlexUser activeUser() {
        return new FlexUser(ACTIVE_USER, ACCOUNT, INSTANCE, "Jane", "Jane", Optional.of("Jane Doe"),
                Optional.empty(), Optional.of("en-US"), List.of(Role.AGENT), List.of(), Optional.of(WORKER),
                Optional.of(new WorkspaceSid("WS" + "0".repeat(31) + "1")), Optional.empty(), false,
                Optional.empty(), NOW.minusSeconds(86_400), NOW, 3, Optional.empty());
    }

    static FlexUser deactivatedUser() {
        return new FlexUser(DEACTIVATED_USER, ACCOUNT, INSTANCE, "John", "John", Optional.empty(),
                Optional.empty(), Optional.empty(), List.of(Role.SUPERVISOR), List.of(), Optional.empty(),
                Optional.empty(), Optional.empty(), true, Optional.of(NOW), NOW, NOW, 2, Optional.of(NOW));
    }

    static FlexUserView view(FlexUser user) {
        return new FlexUserView(user, PERMISSIONS);
    }

    @Override
    public Authentication authenticate(String principal, String secret) {
        if (principal.equals(ACCOUNT.value()) && secret.equals(AUTH_TOKEN)
                || principal.equals(API_KEY) && secret.equals(API_KEY_SECRET)) {
            return new Authenticated(ACCOUNT);
        }
        if (principal.equals(OTHER_ACCOUNT.value()) && secret.equals(OTHER_AUTH_TOKEN)) {
            return new Authenticated(OTHER_ACCOUNT);
        }
        return new Refused();
    }

    @Override
    public IssueTokenResult issue(IssueTokenCommand command) {
        useCaseCalls.incrementAndGet();
        failOnPurpose(command.user());
        if (!owns(command.caller(), command.instance())) {
            return new IssueTokenUseCase.InstanceNotFound();
        }
        if (command.user().equals(DEACTIVATED_USER)) {
            return new UserDeactivated();
        }
        if (!command.user().equals(ACTIVE_USER)) {
            return new UserNotFound();
        }

        long ttl = command.ttl().orElse(TtlPolicy.STANDARD.defaultSeconds());
        if (!TtlPolicy.STANDARD.admits(ttl)) {
            return new TtlOutOfRange(TtlPolicy.STANDARD);
        }
        return new Issued("compact.jwe.token.for.jane", tokenInfo(NOW.plusSeconds(ttl)));
    }

    @Override
    public TokenValidation validate(ValidateTokenCommand command) {
        useCaseCalls.incrementAndGet();
        if (command.token().equals(GOOD_TOKEN)) {
            TokenClaims claims = new TokenClaims("flex-token", NOW, NOW, "0".repeat(32),
                    tokenInfo(NOW.plusSeconds(3600)));
            return new Valid(claims, Optional.of(WORKER));
        }
        if (command.token().equals(EXPIRED_TOKEN)) {
            return new Invalid(TokenRejection.EXPIRED);
        }
        return new Invalid(TokenRejection.MALFORMED);
    }

    @Override
    public ProvisionResult provision(ProvisionUserCommand command) {
        useCaseCalls.incrementAndGet();
        if (!owns(command.caller(), command.instance())) {
            return new ProvisionUserUseCase.InstanceNotFound();
        }
        if (command.username().equals("Jane")) {
            return new Updated(view(activeUser().reprovision(command.profile(), NOW)));
        }
        FlexUser created = new FlexUser(new FlexUserSid("FU" + "0".repeat(31) + "3"), ACCOUNT, INSTANCE,
                command.username(), command.username(), command.profile().fullName(), command.profile().email(),
                command.profile().locale(), command.profile().roles().orElse(List.of()), List.of(),
                Optional.empty(), Optional.empty(), Optional.empty(), false, Optional.empty(), NOW, NOW, 1,
                Optional.empty());
        return new Created(view(created));
    }

    @Override
    public DeprovisionResult deprovision(DeprovisionUserCommand command) {
        useCaseCalls.incrementAndGet();
        failOnPurpose(command.user());
        if (!owns(command.caller(), command.instance())) {
            return new NotFound();
        }
        if (command.user().equals(ACTIVE_USER) || command.user().equals(DEACTIVATED_USER)) {
            return new Deprovisioned(view(deactivatedUser()));
        }
        return new NotFound();
    }

    @Override
    public Optional<FlexUserView> findUser(AccountSid caller, InstanceSid instance, FlexUserSid user) {
        useCaseCalls.incrementAndGet();
        failOnPurpose(user);
        if (!owns(caller, instance)) {
            return Optional.empty();
        }
        if (user.equals(ACTIVE_USER)) {
            return Optional.of(view(activeUser()));
        }
        if (user.equals(DEACTIVATED_USER)) {
            return Optional.of(view(deactivatedUser()));
        }
        return Optional.empty();
    }

    @Override
    public ListUsersResult listUsers(ListUsersQuery query) {
        useCaseCalls.incrementAndGet();
        if (!owns(query.caller(), query.instance())) {
            return new FindUsersUseCase.InstanceNotFound();
        }
        if (query.username().isPresent()) {
            List<FlexUserView> found = query.username().get().equals("Jane")
                    ? List.of(view(activeUser())) : List.of();
            return new UserPage(found, Optional.empty());
        }
        if (query.pageToken().isEmpty()) {
            return new UserPage(List.of(view(activeUser())), query.pageSize() == 1
                    ? Optional.of(SECOND_PAGE) : Optional.empty());
        }
        if (query.pageToken().get().equals(SECOND_PAGE)) {
            return new UserPage(List.of(view(deactivatedUser())), Optional.empty());
        }
        return new InvalidPageToken();
    }

    @Override
    public boolean isReady() {
        return ready.get();
    }

    private static TokenInfo tokenInfo(Instant expiration) {
        return new TokenInfo(ACCOUNT, expiration, INSTANCE, ACTIVE_USER, "Jane", PERMISSIONS, List.of(Role.AGENT),
                "Jane");
    }

    private static boolean owns(AccountSid caller, InstanceSid instance) {
        return caller.equals(ACCOUNT) && instance.equals(INSTANCE)
                || caller.equals(OTHER_ACCOUNT) && instance.equals(OTHER_INSTANCE);
    }

    private static void failOnPurpose(FlexUserSid user) {
        if (user.equals(STORE_DOWN_USER)) {
            throw new StoreUnavailableException("test store is down");
        }
        if (user.equals(EXPLODING_USER)) {
            throw new IllegalStateException("unexpected failure carrying secret-detail");
        }
    }
}
