package dev.flextoken.application.service;

import dev.flextoken.application.port.in.ValidateTokenUseCase;
import dev.flextoken.application.port.out.LoadFlexUserPort;
import dev.flextoken.application.port.out.LoadInstancePort;
import dev.flextoken.application.port.out.OpenTokenPort;
import dev.flextoken.domain.FlexInstance;
import dev.flextoken.domain.FlexUser;
import dev.flextoken.domain.TokenClaims;
import dev.flextoken.domain.TokenRejection;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Validates tokens: opens them, then checks issuer, audience, account, times and revocation, in that order.
 */
public final class ValidateTokenService implements ValidateTokenUseCase {

    private final OpenTokenPort opener;
    private final LoadInstancePort instances;
    private final LoadFlexUserPort users;
    private final Clock clock;
    private final TokenSettings settings;

    public ValidateTokenService(OpenTokenPort opener, LoadInstancePort instances, LoadFlexUserPort users,
                                Clock clock, TokenSettings settings) {
        this.opener = Objects.requireNonNull(opener, "opener");
        this.instances = Objects.requireNonNull(instances, "instances");
        this.users = Objects.requireNonNull(users, "users");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    @Override
    public TokenValidation validate(ValidateTokenCommand command) {
        OpenTokenPort.OpenedToken opened = opener.open(command.token());
        if (opened instanceof OpenTokenPort.Refused refused) {
            return new Invalid(refused.reason());
        }
        TokenClaims claims = ((OpenTokenPort.Opened) opened).claims();

        if (!settings.issuer().equals(claims.issuer())) {
            return new Invalid(TokenRejection.WRONG_ISSUER);
        }
        Optional<FlexInstance> instance = instances.loadInstance(claims.audience())
                .filter(found -> found.isOwnedBy(claims.tokenInfo().accountSid()));
        if (instance.isEmpty()) {
            return new Invalid(TokenRejection.WRONG_AUDIENCE);
        }
        if (!instance.get().isOwnedBy(command.account())) {
            return new Invalid(TokenRejection.WRONG_ACCOUNT);
        }

        // The skew moves the clock, not the claims: a claim near Instant.MAX/MIN cannot overflow and throw.
        Instant now = clock.instant();
        if (!now.minus(settings.clockSkew()).isBefore(claims.expiresAt())) {
            return new Invalid(TokenRejection.EXPIRED);
        }
        if (now.plus(settings.clockSkew()).isBefore(claims.notBefore())) {
            return new Invalid(TokenRejection.NOT_YET_VALID);
        }

        Optional<FlexUser> user = users.loadUser(claims.audience(), claims.subject());
        if (user.isEmpty() || !user.get().isActive() || user.get().hasRevokedTokenIssuedAt(claims.issuedAt())) {
            return new Invalid(TokenRejection.REVOKED);
        }
        return new Valid(claims, user.get().workerSid());
    }
}
