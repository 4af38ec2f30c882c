package dev.flextoken.domain;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * A request to issue a token to an active user of an instance.
 *
 * @param instance the instance the token is for
 * @param user     the user the token is for, an active member of {@code instance}
 * @param ttl      how long the token lives, already admitted by the instance's TTL policy (the caller knows
 *                 the server policy that applies when the instance has none of its own)
 * @throws IllegalArgumentException when the user is of another instance or has been deactivated
 */
public record TokenRequest(FlexInstance instance, FlexUser user, Ttl ttl) {

    public TokenRequest {
        Objects.requireNonNull(instance, "instance");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(ttl, "ttl");
        if (!user.instanceSid().equals(instance.sid())) {
            throw new IllegalArgumentException("The user " + user.sid() + " is not a member of " + instance.sid());
        }
        if (!user.isActive()) {
            throw new IllegalArgumentException("The user " + user.sid() + " has been deactivated");
        }
    }

    /**
     * The claims of the token this request asks for, issued at {@code now} truncated to whole seconds
     * (JWT NumericDate, RFC 7519 §2), so that {@code exp} and the token info's expiration agree exactly.
     */
    public TokenClaims claims(String issuer, Instant now, String tokenId) {
        Instant issuedAt = now.truncatedTo(ChronoUnit.SECONDS);
        Instant expiration = issuedAt.plus(ttl.duration());

        TokenInfo info = new TokenInfo(instance.accountSid(), expiration, instance.sid(), user.sid(),
                user.identity(), user.permissions(instance), user.roles(), user.username());
        return new TokenClaims(issuer, issuedAt, issuedAt, tokenId, info);
    }
}
