package dev.flextoken.domain;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A Flex user: someone a token lets into a Flex application.
 *
 * <p>A user is immutable; each change returns a new user with {@code version} one higher and
 * {@code updatedDate} moved. Optional fields are never null: absent means the user has no such value.
 *
 * @param sid                 the user's SID
 * @param accountSid          the account that owns the user's instance
 * @param instanceSid         the instance the user belongs to
 * @param username            the user's login name, unique within the instance (personal data)
 * @param identity            the identity tokens carry (personal data)
 * @param fullName            the user's full name (personal data)
 * @param email               the user's e-mail address (personal data)
 * @param locale              the user's locale, such as {@code en-US}
 * @param roles               the roles the user holds, each once, in the order first given
 * @param ownPermissions      permissions the user carries beyond those of its roles
 * @param workerSid           the TaskRouter worker linked to the user
 * @param workspaceSid        the TaskRouter workspace of that worker
 * @param flexTeamSid         the team the user belongs to
 * @param deactivated         whether the user has been deprovisioned
 * @param deactivatedDate     when the user was last deprovisioned
 * @param createdDate         when the user was first provisioned
 * @param updatedDate         when the user last changed
 * @param version             the number of changes the user has seen, starting at 1
 * @param tokensRevokedBefore tokens issued at or before this moment no longer validate
 */
public record FlexUser(
        FlexUserSid sid,
        AccountSid accountSid,
        InstanceSid instanceSid,
        String username,
        String identity,
        Optional<String> fullName,
        Optional<String> email,
        Optional<String> locale,
        List<Role> roles,
        List<String> ownPermissions,
        Optional<WorkerSid> workerSid,
        Optional<WorkspaceSid> workspaceSid,
        Optional<FlexTeamSid> flexTeamSid,
        boolean deactivated,
        Optional<Instant> deactivatedDate,
        Instant createdDate,
        Instant updatedDate,
        long version,
        Optional<Instant> tokensRevokedBefore) {

    public FlexUser {
        Objects.requireNonNull(sid, "sid");
        Objects.requireNonNull(accountSid, "accountSid");
        Objects.requireNonNull(instanceSid, "instanceSid");
        requireText(username, "username");
        requireText(identity, "identity");
        Objects.requireNonNull(fullName, "fullName");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(locale, "locale");
        roles = List.copyOf(new LinkedHashSet<>(roles));
        ownPermissions = Permissions.distinct(ownPermissions);
        Objects.requireNonNull(workerSid, "workerSid");
        Objects.requireNonNull(workspaceSid, "workspaceSid");
        Objects.requireNonNull(flexTeamSid, "flexTeamSid");
        Objects.requireNonNull(deactivatedDate, "deactivatedDate");
        Objects.requireNonNull(createdDate, "createdDate");
        Objects.requireNonNull(updatedDate, "updatedDate");
        Objects.requireNonNull(tokensRevokedBefore, "tokensRevokedBefore");
        if (version < 1) {
            throw new IllegalArgumentException("A user's version starts at 1");
        }
    }

    /**
     * A user as first provisioned: active, version 1, identity equal to the username.
     */
    public static FlexUser provisioned(FlexUserSid sid, FlexInstance instance, String username,
                                       UserProfile profile, Instant now) {
        return new FlexUser(sid, instance.accountSid(), instance.sid(), username, username,
                profile.fullName(), profile.email(), profile.locale(), profile.roles().orElse(List.of()),
                List.of(), Optional.empty(), Optional.empty(), Optional.empty(),
                false, Optional.empty(), now, now, 1, Optional.empty());
    }

    /** @return whether the user may be issued tokens */
    public boolean isActive() {
        return !deactivated;
    }

    /** @return the user's permissions on {@code instance}: those of its roles, then its own */
    public List<String> permissions(FlexInstance instance) {
        return instance.rolePermissions().derive(roles, ownPermissions);
    }

    /**
     * Whether a token issued at {@code issuedAt} has been revoked. Token times have whole seconds, so a
     * token issued in the second of a deprovisioning counts as revoked: the safe side of the tie.
     */
    public boolean hasRevokedTokenIssuedAt(Instant issuedAt) {
        return tokensRevokedBefore
                .map(revoked -> issuedAt.getEpochSecond() <= revoked.getEpochSecond())
                .orElse(false);
    }

    /**
     * @return this user deactivated at {@code now}, with every token issued until then revoked
     */
    public FlexUser deactivate(Instant now) {
        return new FlexUser(sid, accountSid, instanceSid, username, identity, fullName, email, locale, roles,
                ownPermissions, workerSid, workspaceSid, flexTeamSid, true, Optional.of(now), createdDate,
                updatedDate, version, Optional.of(now)).touched(now);
    }

    /**
     * Provisions an existing user again: fields the profile names replace the user's, the others stay, and
     * a deactivated user is active again. Tokens revoked earlier stay revoked.
     *
     * @return this user when nothing changes, else the changed user with the next version
     */
    public FlexUser reprovision(UserProfile profile, Instant now) {
        FlexUser changed = new FlexUser(sid, accountSid, instanceSid, username, identity,
                profile.fullName().or(() -> fullName), profile.email().or(() -> email),
                profile.locale().or(() -> locale), profile.roles().orElse(roles), ownPermissions,
                workerSid, workspaceSid, flexTeamSid, false, deactivatedDate, createdDate, updatedDate, version,
                tokensRevokedBefore);
        return changed.equals(this) ? this : changed.touched(now);
    }

    private FlexUser touched(Instant now) {
        return new FlexUser(sid, accountSid, instanceSid, username, identity, fullName, email, locale, roles,
                ownPermissions, workerSid, workspaceSid, flexTeamSid, deactivated, deactivatedDate, createdDate,
                now, version + 1, tokensRevokedBefore);
    }

    private static void requireText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("A user's " + field + " must not be blank");
        }
    }

    /** Names the user by SID only: the other fields are personal data and stay out of logs. */
    @Override
    public String toString() {
        return "FlexUser[" + sid + "]";
    }
}
