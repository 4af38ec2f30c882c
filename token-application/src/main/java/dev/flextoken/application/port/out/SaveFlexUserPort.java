package dev.flextoken.application.port.out;

import dev.flextoken.domain.FlexUser;

/**
 * Stores Flex users, safely under concurrent callers.
 *
 * <p>Implementations throw {@link StoreUnavailableException} when the store cannot be reached.
 */
public interface SaveFlexUserPort {

    /**
     * Stores a new user unless its instance already has a user of the same username or SID.
     *
     * @return whether the user was stored
     */
    boolean insert(FlexUser user);

    /**
     * Replaces a stored user, provided the stored one is still the version just before {@code changed}
     * (an optimistic lock: {@code changed.version() - 1}).
     *
     * @return whether the user was replaced; false when another change came first or the user is gone
     */
    boolean update(FlexUser changed);
}
