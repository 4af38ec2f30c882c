package dev.flextoken.domain;

import java.util.Objects;
import java.util.Optional;

/**
 * A Flex instance: the container of an account's Flex users.
 *
 * @param sid             the instance SID
 * @param accountSid      the account that owns the instance
 * @param ttlOverride     the instance's own TTL policy, or empty to follow the server's
 * @param rolePermissions what each role grants on this instance
 */
public record FlexInstance(InstanceSid sid, AccountSid accountSid, Optional<TtlPolicy> ttlOverride,
                           RolePermissions rolePermissions) {

    public FlexInstance {
        Objects.requireNonNull(sid, "sid");
        Objects.requireNonNull(accountSid, "accountSid");
        Objects.requireNonNull(ttlOverride, "ttlOverride");
        Objects.requireNonNull(rolePermissions, "rolePermissions");
    }

    /** @return whether {@code account} owns this instance */
    public boolean isOwnedBy(AccountSid account) {
        return accountSid.equals(account);
    }

    /** @return the instance's own policy when it has one, else {@code serverPolicy} */
    public TtlPolicy ttlPolicy(TtlPolicy serverPolicy) {
        return ttlOverride.orElse(serverPolicy);
    }
}
