package dev.flextoken.application.port.out;

import dev.flextoken.domain.FlexUser;
import dev.flextoken.domain.FlexUserSid;
import dev.flextoken.domain.InstanceSid;

import java.util.List;
import java.util.Optional;

/**
 * Loads Flex users of an instance.
 *
 * <p>Implementations throw {@link StoreUnavailableException} when the store cannot be reached.
 */
public interface LoadFlexUserPort {

    /** @return the user of that SID in that instance, or empty; never null */
    Optional<FlexUser> loadUser(InstanceSid instance, FlexUserSid user);

    /** @return the user of that username (exact match) in that instance, or empty; never null */
    Optional<FlexUser> loadUserByUsername(InstanceSid instance, String username);

    /**
     * @param after only users whose SID sorts after this one, or empty to start at the first
     * @param limit how many users at most, at least 1
     * @return the instance's users ordered by SID; never null
     */
    List<FlexUser> loadUsers(InstanceSid instance, Optional<FlexUserSid> after, int limit);
}
