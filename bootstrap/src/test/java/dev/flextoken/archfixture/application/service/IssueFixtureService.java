package dev.flextoken.archfixture.application.service;

import dev.flextoken.archfixture.application.port.in.FixtureView;
import dev.flextoken.archfixture.application.port.in.IssueFixtureUseCase;
import dev.flextoken.archfixture.application.port.out.FixtureStoreUnavailableException;
import dev.flextoken.archfixture.application.port.out.LoadFixturePort;
import dev.flextoken.archfixture.domain.FixtureSid;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;

/** Follows every rule: implements its in-port, reaches the world through an out-port, time and chance injected. */
public final class IssueFixtureService implements IssueFixtureUseCase {

    private final LoadFixturePort store;
    private final Clock clock;
    private final SecureRandom random;

    public IssueFixtureService(LoadFixturePort store, Clock clock, SecureRandom random) {
        this.store = store;
        this.clock = clock;
        this.random = random;
    }

    @Override
    public FixtureView issue(FixtureSid sid) {
        FixtureSid found = store.load(sid).orElseThrow(() -> new FixtureStoreUnavailableException("no such sid"));

        return new FixtureView(found, Instant.now(clock) + "/" + random.nextLong());
    }
}
