package dev.flextoken.archfixture.application.service;

import dev.flextoken.archfixture.adapter.persistence.inmemory.FixtureInMemoryStore;
import dev.flextoken.archfixture.application.port.in.FixtureView;
import dev.flextoken.archfixture.application.port.in.IssueFixtureUseCase;
import dev.flextoken.archfixture.domain.FixtureSid;

/**
 * Breaks "application depends only on domain and JDK", "domain and application do not depend on adapters" and
 * "services do not depend on adapters": it holds a concrete store instead of its out-port.
 */
public final class AdapterAwareService implements IssueFixtureUseCase {

    private final FixtureInMemoryStore store;

    public AdapterAwareService(FixtureInMemoryStore store) {
        this.store = store;
    }

    @Override
    public FixtureView issue(FixtureSid sid) {
        return new FixtureView(store.load(sid).orElse(sid), "direct");
    }
}
