package dev.flextoken.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Builds {@link FlexUser}s for tests, starting from Jane of {@link DomainFixtures}. */
public final class FlexUserBuilder {

    private FlexUserSid sid = DomainFixtures.JANE;
    private AccountSid account = DomainFixtures.ACCOUNT;
    private InstanceSid instance = DomainFixtures.INSTANCE;
    private String username = DomainFixtures.JANE_USERNAME;
    private String identity = DomainFixtures.JANE_USERNAME;
    private Optional<String> fullName = Optional.of("Jane Doe");
    private Optional<String> email = Optional.of("jane@example.com");
    private Optional<String> locale = Optional.of("en-US");
    private List<Role> roles = List.of(Role.AGENT);
    private List<String> ownPermissions = List.of();
    private Optional<WorkerSid> workerSid = Optional.of(DomainFixtures.JANE_WORKER);
    private boolean deactivated;
    private Optional<Instant> deactivatedDate = Optional.empty();
    private Instant createdDate = DomainFixtures.NOW;
    private Instant updatedDate = DomainFixtures.NOW;
    private long version = 1;
    private Optional<Instant> tokensRevokedBefore = Optional.empty();

    FlexUserBuilder() {
    }

    public FlexUserBuilder withSid(FlexUserSid sid) {
        this.sid = sid;
        return this;
    }

    /** Places the user in {@code instance}, under the instance's account. */
    public FlexUserBuilder in(FlexInstance instance) {
        this.instance = instance.sid();
        this.account = instance.accountSid();
        return this;
    }

    /** Sets the username and the identity alike, as provisioning does. */
    public FlexUserBuilder withUsername(String username) {
        this.username = username;
        this.identity = username;
        return this;
    }

    public FlexUserBuilder withIdentity(String identity) {
        this.identity = identity;
        return this;
    }

    public FlexUserBuilder withFullName(String fullName) {
        this.fullName = Optional.of(fullName);
        return this;
    }

    public FlexUserBuilder withRoles(Role... roles) {
        this.roles = List.of(roles);
        return this;
    }

    public FlexUserBuilder withOwnPermissions(String... permissions) {
        this.ownPermissions = List.of(permissions);
        return this;
    }

    public FlexUserBuilder withoutWorker() {
        this.workerSid = Optional.empty();
        return this;
    }

    public FlexUserBuilder withVersion(long version) {
        this.version = version;
        return this;
    }

    /** Deactivates the user at {@code moment}, revoking its tokens up to then, as deprovisioning does. */
    public FlexUserBuilder deactivatedAt(Instant moment) {
        this.deactivated = true;
        this.deactivatedDate = Optional.of(moment);
        this.tokensRevokedBefore = Optional.of(moment);
        this.updatedDate = moment;
        return this;
    }

    public FlexUser build() {
        return new FlexUser(sid, account, instance, username, identity, fullName, email, locale, roles,
                ownPermissions, workerSid, Optional.empty(), Optional.empty(), deactivated, deactivatedDate,
                createdDate, updatedDate, version, tokensRevokedBefore);
    }
}
