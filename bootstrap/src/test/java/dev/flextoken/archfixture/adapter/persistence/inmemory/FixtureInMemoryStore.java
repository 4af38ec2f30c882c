package dev.flextoken.archfixture.adapter.persistence.inmemory;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.flextoken.archfixture.application.port.out.LoadFixturePort;
import dev.flextoken.archfixture.domain.FixtureSid;
import java.util.Map;
import java.util.Optional;

/** Follows every rule: the in-memory adapter implements an out-port and may use Jackson. */
public final class FixtureInMemoryStore implements LoadFixturePort {

    private final ObjectMapper mapper = new ObjectMapper();
    private final Map<String, FixtureSid> sids = Map.of();

    @Override
    public Optional<FixtureSid> load(FixtureSid sid) {
        return Optional.ofNullable(sids.get(sid.value()));
    }

    public ObjectMapper mapper() {
        return mapper;
    }
}
