package dev.flextoken.application.service;

import dev.flextoken.application.port.in.IssueTokenUseCase;
import dev.flextoken.application.port.out.IdGeneratorPort;
import dev.flextoken.application.port.out.LoadFlexUserPort;
import dev.flextoken.application.port.out.LoadInstancePort;
import dev.flextoken.application.port.out.SealTokenPort;
import dev.flextoken.domain.FlexInstance;
import dev.flextoken.domain.FlexUser;
import dev.flextoken.domain.TokenClaims;
import dev.flextoken.domain.TokenRequest;
import dev.flextoken.domain.Ttl;
import dev.flextoken.domain.TtlPolicy;

import java.time.Clock;
import java.util.Objects;
import java.util.Optional;

/**
 * Issues tokens: finds the caller's instance and user, applies the instance's TTL policy, seals the claims.
 */
public final class IssueTokenService implements IssueTokenUseCase {

    private final LoadInstancePort instances;
    private final LoadFlexUserPort users;
    private final SealTokenPort sealer;
    private final IdGeneratorPort ids;
    private final Clock clock;
    private final TokenSettings settings;

    public IssueTokenService(LoadInstancePort instances, LoadFlexUserPort users, SealTokenPort sealer,
                             IdGeneratorPort ids, Clock clock, TokenSettings settings) {
        this.instances = Objects.requireNonNull(instances, "instances");
        this.users = Objects.requireNonNull(users, "users");
        this.sealer = Objects.requireNonNull(sealer, "sealer");
        this.ids = Objects.requireNonNull(ids, "ids");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    @Override
    public IssueTokenResult issue(IssueTokenCommand command) {
        Optional<FlexInstance> found = instances.loadInstance(command.instance())
                .filter(instance -> instance.isOwnedBy(command.caller()));
        if (found.isEmpty()) {
            return new InstanceNotFound();
        }
        FlexInstance instance = found.get();

        TtlPolicy policy = instance.ttlPolicy(settings.ttlPolicy());
        long seconds = command.ttl().orElse(policy.defaultSeconds());
        if (!policy.admits(seconds)) {
            return new TtlOutOfRange(policy);
        }

        Optional<FlexUser> user = users.loadUser(instance.sid(), command.user());
        if (user.isEmpty()) {
            return new UserNotFound();
        }
        if (!user.get().isActive()) {
            return new UserDeactivated();
        }

        TokenRequest request = new TokenRequest(instance, user.get(), new Ttl(seconds));
        TokenClaims claims = request.claims(settings.issuer(), clock.instant(), ids.newTokenId());
        return new Issued(sealer.seal(claims), claims.tokenInfo());
    }
}
