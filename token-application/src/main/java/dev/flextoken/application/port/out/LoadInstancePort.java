package dev.flextoken.application.port.out;

import dev.flextoken.domain.FlexInstance;
import dev.flextoken.domain.InstanceSid;

import java.util.Optional;

/**
 * Loads Flex instances.
 *
 * <p>Implementations throw {@link StoreUnavailableException} when the store cannot be reached.
 */
public interface LoadInstancePort {

    /** @return the instance, or empty when there is none of that SID; never null */
    Optional<FlexInstance> loadInstance(InstanceSid sid);
}
