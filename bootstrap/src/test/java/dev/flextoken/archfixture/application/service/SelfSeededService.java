package dev.flextoken.archfixture.application.service;

import dev.flextoken.archfixture.application.port.in.FixtureView;
import dev.flextoken.archfixture.application.port.in.IssueFixtureUseCase;
import dev.flextoken.archfixture.domain.FixtureSid;
import java.security.SecureRandom;
import java.util.Random;
import java.util.UUID;

/** Breaks "domain and application do not make their own randomness", three ways. */
public final class SelfSeededService implements IssueFixtureUseCase {

    @Override
    public FixtureView issue(FixtureSid sid) {
        long strong = new SecureRandom().nextLong();
        long weak = new Random().nextLong();

        return new FixtureView(sid, strong + " " + weak + " " + UUID.randomUUID());
    }
}
