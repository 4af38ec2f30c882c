package dev.flextoken.domain;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The fields a provisioning request may set on a user. An empty field leaves the user's value as it is.
 *
 * @param fullName the full name to set
 * @param email    the e-mail address to set
 * @param locale   the locale to set
 * @param roles    the roles to set, replacing the user's
 */
public record UserProfile(Optional<String> fullName, Optional<String> email, Optional<String> locale,
                          Optional<List<Role>> roles) {

    public UserProfile {
        Objects.requireNonNull(fullName, "fullName");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(locale, "locale");
        roles = Objects.requireNonNull(roles, "roles").map(List::copyOf);
    }

    /** @return a profile that changes nothing */
    public static UserProfile empty() {
        return new UserProfile(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** Names no field: they are personal data. */
    @Override
    public String toString() {
        return "UserProfile[...]";
    }
}
