package dev.flextoken.domain;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An instance's role table: which permissions each role grants.
 *
 * <p>Permissions keep the order in which they were declared, so that a token lists them as the instance
 * does; a permission granted twice is listed once.
 */
public final class RolePermissions {

    private static final RolePermissions NONE = new RolePermissions(Map.of());

    private final Map<Role, List<String>> byRole;

    private RolePermissions(Map<Role, List<String>> byRole) {
        this.byRole = byRole;
    }

    /** @return a table granting nothing to any role */
    public static RolePermissions none() {
        return NONE;
    }

    /**
     * @param byRole the permissions of each role; roles left out grant nothing
     * @throws IllegalArgumentException when a permission is blank
     */
    public static RolePermissions of(Map<Role, ? extends Collection<String>> byRole) {
        Map<Role, List<String>> copy = new EnumMap<>(Role.class);
        byRole.forEach((role, permissions) -> copy.put(role, Permissions.distinct(permissions)));
        // An EnumMap, not Map.copyOf: adapters that write the table get the roles in one stable order.
        return new RolePermissions(Collections.unmodifiableMap(copy));
    }

    /** @return what {@code role} grants, in declared order; never null */
    public List<String> grantedTo(Role role) {
        return byRole.getOrDefault(role, List.of());
    }

    /**
     * @return the permissions the roles grant followed by the user's own, each once, in that order
     */
    public List<String> derive(Collection<Role> roles, Collection<String> own) {
        Set<String> all = new LinkedHashSet<>();
        for (Role role : roles) {
            all.addAll(grantedTo(role));
        }
        all.addAll(own);
        return List.copyOf(all);
    }

    /** @return the table as an unmodifiable map in role order, for adapters that store it; never null */
    public Map<Role, List<String>> asMap() {
        return byRole;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RolePermissions that && byRole.equals(that.byRole);
    }

    @Override
    public int hashCode() {
        return byRole.hashCode();
    }

    @Override
    public String toString() {
        return "RolePermissions" + byRole;
    }
}
