package dev.flextoken.domain;

import java.util.Optional;

/** Builds {@link FlexInstance}s for tests, starting from the common instance of {@link DomainFixtures}. */
public final class FlexInstanceBuilder {

    private InstanceSid sid = DomainFixtures.INSTANCE;
    private AccountSid account = DomainFixtures.ACCOUNT;
    private Optional<TtlPolicy> ttlOverride = Optional.empty();
    private RolePermissions rolePermissions = DomainFixtures.AGENT_TABLE;

    FlexInstanceBuilder() {
    }

    public FlexInstanceBuilder withSid(InstanceSid sid) {
        this.sid = sid;
        return this;
    }

    public FlexInstanceBuilder ownedBy(AccountSid account) {
        this.account = account;
        return this;
    }

    public FlexInstanceBuilder withTtlOverride(TtlPolicy policy) {
        this.ttlOverride = Optional.of(policy);
        return this;
    }

    public FlexInstanceBuilder withRolePermissions(RolePermissions rolePermissions) {
        this.rolePermissions = rolePermissions;
        return this;
    }

    public FlexInstance build() {
        return new FlexInstance(sid, account, ttlOverride, rolePermissions);
    }
}
