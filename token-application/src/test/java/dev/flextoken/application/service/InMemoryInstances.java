package dev.flextoken.application.service;

import dev.flextoken.application.port.out.LoadInstancePort;
import dev.flextoken.domain.FlexInstance;
import dev.flextoken.domain.InstanceSid;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Instances held in a map, counting the lookups so that tests can tell whether a check came first. */
final class InMemoryInstances implements LoadInstancePort {

    private final Map<InstanceSid, FlexInstance> bySid = new HashMap<>();
    private int loads;

    InMemoryInstances with(FlexInstance... instances) {
        for (FlexInstance instance : instances) {
            bySid.put(instance.sid(), instance);
        }
        return this;
    }

    int loads() {
        return loads;
    }

    @Override
    public Optional<FlexInstance> loadInstance(InstanceSid sid) {
        loads++;
        return Optional.ofNullable(bySid.get(sid));
    }
}
