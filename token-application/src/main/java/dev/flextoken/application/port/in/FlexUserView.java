package dev.flextoken.application.port.in;

import dev.flextoken.domain.FlexUser;

import java.util.List;
import java.util.Objects;

/**
 * A user as the Users API shows it: the stored user and its permissions, derived from its roles through
 * its instance's role table plus its own.
 *
 * @param user        the user
 * @param permissions the user's effective permissions
 */
public record FlexUserView(FlexUser user, List<String> permissions) {

    public FlexUserView {
        Objects.requireNonNull(user, "user");
        permissions = List.copyOf(permissions);
    }

    @Override
    public String toString() {
        return "FlexUserView[" + user + "]";
    }
}
