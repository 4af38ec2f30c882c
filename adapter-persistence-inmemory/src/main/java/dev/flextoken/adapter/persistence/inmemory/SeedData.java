package dev.flextoken.adapter.persistence.inmemory;

import dev.flextoken.domain.FlexInstance;
import dev.flextoken.domain.FlexUser;
import dev.flextoken.domain.InstanceSid;

import java.util.List;
import java.util.Map;

/**
 * What a data file holds once checked: secrets already hashed, every reference resolved.
 *
 * @param credentials the principals with their hashed secrets
 * @param instances   the instances by SID
 * @param users       the users, in file order
 */
record SeedData(Credentials credentials, Map<InstanceSid, FlexInstance> instances, List<FlexUser> users) {

    SeedData {
        instances = Map.copyOf(instances);
        users = List.copyOf(users);
    }
}
