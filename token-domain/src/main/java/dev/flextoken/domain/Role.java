package dev.flextoken.domain;

import java.util.Locale;
import java.util.Optional;

/**
 * The roles a Flex user may hold. Their wire names are lower case.
 */
public enum Role {
    AGENT,
    SUPERVISOR,
    ADMIN;

    /** @return the name used on the wire and in data files, such as {@code agent}; never null */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @return the role of that wire name, or empty when it names none (the match is exact) */
    public static Optional<Role> fromWireName(String name) {
        for (Role role : values()) {
            if (role.wireName().equals(name)) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }
}
