package dev.flextoken.domain;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;

/** Checks on permission names, which are opaque strings such as {@code FPN9999}. */
final class Permissions {

    private Permissions() {
    }

    static List<String> distinct(Collection<String> permissions) {
        for (String permission : permissions) {
            if (permission == null || permission.isBlank()) {
                throw new IllegalArgumentException("A permission must not be blank");
            }
        }
        return List.copyOf(new LinkedHashSet<>(permissions));
    }
}
