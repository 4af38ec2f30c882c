package dev.flextoken.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What a token says about its user, as the Flex User Token API returns it beside the token.
 *
 * <p>This is personal data (kept at most 30 days wherever it is stored) and never goes to a log; its
 * {@link #toString()} names SIDs only.
 *
 * @param accountSid      the account of the user's instance
 * @param expiration      when the token stops validating, in whole seconds
 * @param instanceSid     the Flex instance the token lets the user into
 * @param flexUserSid     the user
 * @param identity        the user's identity
 * @param permissions     the user's permissions on the instance
 * @param roles           the user's roles
 * @param username        the user's username
 */
public record TokenInfo(AccountSid accountSid, Instant expiration, InstanceSid instanceSid,
                        FlexUserSid flexUserSid, String identity, List<String> permissions, List<Role> roles,
                        String username) {

    public TokenInfo {
        Objects.requireNonNull(accountSid, "accountSid");
        Objects.requireNonNull(expiration, "expiration");
        Objects.requireNonNull(instanceSid, "instanceSid");
        Objects.requireNonNull(flexUserSid, "flexUserSid");
        Objects.requireNonNull(identity, "identity");
        permissions = List.copyOf(permissions);
        roles = List.copyOf(roles);
        Objects.requireNonNull(username, "username");
    }

    @Override
    public String toString() {
        return "TokenInfo[user=" + flexUserSid + ", instance=" + instanceSid + ", expiration=" + expiration + "]";
    }
}
