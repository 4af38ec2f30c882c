package dev.flextoken.application.service;

import dev.flextoken.application.port.in.DeprovisionUserUseCase;
import dev.flextoken.application.port.in.FindUsersUseCase;
import dev.flextoken.application.port.in.FlexUserView;
import dev.flextoken.application.port.in.ProvisionUserUseCase;
import dev.flextoken.application.port.out.IdGeneratorPort;
import dev.flextoken.application.port.out.LoadFlexUserPort;
import dev.flextoken.application.port.out.LoadInstancePort;
import dev.flextoken.application.port.out.SaveFlexUserPort;
import dev.flextoken.domain.AccountSid;
import dev.flextoken.domain.FlexInstance;
import dev.flextoken.domain.FlexUser;
import dev.flextoken.domain.FlexUserSid;
import dev.flextoken.domain.InstanceSid;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The user lifecycle around tokens: provision, deprovision, look up.
 *
 * <p>Writes use the store's optimistic lock and retry when another writer came first, so concurrent
 * provisioning of one username yields one user.
 */
public final class UserLifecycleService implements ProvisionUserUseCase, DeprovisionUserUseCase, FindUsersUseCase {

    private static final int MAX_ATTEMPTS = 16;
    private static final String PAGE_TOKEN_PREFIX = "PA";

    private final LoadInstancePort instances;
    private final LoadFlexUserPort users;
    private final SaveFlexUserPort store;
    private final IdGeneratorPort ids;
    private final Clock clock;

    public UserLifecycleService(LoadInstancePort instances, LoadFlexUserPort users, SaveFlexUserPort store,
                                IdGeneratorPort ids, Clock clock) {
        this.instances = Objects.requireNonNull(instances, "instances");
        this.users = Objects.requireNonNull(users, "users");
        this.store = Objects.requireNonNull(store, "store");
        this.ids = Objects.requireNonNull(ids, "ids");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public ProvisionResult provision(ProvisionUserCommand command) {
        Optional<FlexInstance> found = ownedInstance(command.caller(), command.instance());
        if (found.isEmpty()) {
            return new ProvisionUserUseCase.InstanceNotFound();
        }
        FlexInstance instance = found.get();

        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            Instant now = clock.instant();
            Optional<FlexUser> existing = users.loadUserByUsername(instance.sid(), command.username());
            if (existing.isPresent()) {
                FlexUser updated = existing.get().reprovision(command.profile(), now);
                if (updated == existing.get() || store.update(updated)) {
                    return new Updated(view(instance, updated));
                }
                continue;
            }
            FlexUser created = FlexUser.provisioned(ids.newFlexUserSid(), instance, command.username(),
                    command.profile(), now);
            if (store.insert(created)) {
                return new Created(view(instance, created));
            }
        }
        throw new IllegalStateException("Provisioning into " + instance.sid() + " lost the race "
                + MAX_ATTEMPTS + " times in a row");
    }

    @Override
    public DeprovisionResult deprovision(DeprovisionUserCommand command) {
        Optional<FlexInstance> found = ownedInstance(command.caller(), command.instance());
        if (found.isEmpty()) {
            return new NotFound();
        }
        FlexInstance instance = found.get();

        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            Optional<FlexUser> user = users.loadUser(instance.sid(), command.user());
            if (user.isEmpty()) {
                return new NotFound();
            }
            if (!user.get().isActive()) {
                return new Deprovisioned(view(instance, user.get()));
            }
            FlexUser deactivated = user.get().deactivate(clock.instant());
            if (store.update(deactivated)) {
                return new Deprovisioned(view(instance, deactivated));
            }
        }
        throw new IllegalStateException("Deprovisioning " + command.user() + " lost the race "
                + MAX_ATTEMPTS + " times in a row");
    }

    @Override
    public Optional<FlexUserView> findUser(AccountSid caller, InstanceSid instanceSid, FlexUserSid user) {
        return ownedInstance(caller, instanceSid)
                .flatMap(instance -> users.loadUser(instance.sid(), user).map(found -> view(instance, found)));
    }

    @Override
    public ListUsersResult listUsers(ListUsersQuery query) {
        Optional<FlexInstance> found = ownedInstance(query.caller(), query.instance());
        if (found.isEmpty()) {
            return new FindUsersUseCase.InstanceNotFound();
        }
        FlexInstance instance = found.get();

        if (query.username().isPresent()) {
            List<FlexUserView> match = users.loadUserByUsername(instance.sid(), query.username().get())
                    .map(user -> List.of(view(instance, user)))
                    .orElse(List.of());
            return new UserPage(match, Optional.empty());
        }

        Optional<FlexUserSid> after = Optional.empty();
        if (query.pageToken().isPresent()) {
            after = decodePageToken(query.pageToken().get());
            if (after.isEmpty()) {
                return new InvalidPageToken();
            }
        }
        List<FlexUser> loaded = users.loadUsers(instance.sid(), after, query.pageSize() + 1);

        boolean more = loaded.size() > query.pageSize();
        List<FlexUser> page = more ? loaded.subList(0, query.pageSize()) : loaded;
        Optional<String> next = more ? Optional.of(encodePageToken(page.get(page.size() - 1).sid())) : Optional.empty();
        return new UserPage(page.stream().map(user -> view(instance, user)).toList(), next);
    }

    private Optional<FlexInstance> ownedInstance(AccountSid caller, InstanceSid sid) {
        return instances.loadInstance(sid).filter(instance -> instance.isOwnedBy(caller));
    }

    private static FlexUserView view(FlexInstance instance, FlexUser user) {
        return new FlexUserView(user, user.permissions(instance));
    }

    /** A page token names the last user of the previous page; it is opaque to callers. */
    private static String encodePageToken(FlexUserSid last) {
        byte[] sid = last.value().getBytes(StandardCharsets.US_ASCII);
        return PAGE_TOKEN_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(sid);
    }

    private static Optional<FlexUserSid> decodePageToken(String token) {
        if (!token.startsWith(PAGE_TOKEN_PREFIX)) {
            return Optional.empty();
        }
        try {
            byte[] sid = Base64.getUrlDecoder().decode(token.substring(PAGE_TOKEN_PREFIX.length()));
            return Optional.of(new FlexUserSid(new String(sid, StandardCharsets.US_ASCII)));
        } catch (IllegalArgumentException notOurs) {
            return Optional.empty();
        }
    }
}
