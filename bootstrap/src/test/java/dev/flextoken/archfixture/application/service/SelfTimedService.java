package dev.flextoken.archfixture.application.service;

import dev.flextoken.archfixture.application.port.in.FixtureView;
import dev.flextoken.archfixture.application.port.in.IssueFixtureUseCase;
import dev.flextoken.archfixture.domain.FixtureSid;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/** Breaks "domain and application do not read the system clock", three ways. */
public final class SelfTimedService implements IssueFixtureUseCase {

    @Override
    public FixtureView issue(FixtureSid sid) {
        long millis = System.currentTimeMillis();
        LocalDateTime local = LocalDateTime.now(ZoneOffset.UTC);
        Clock clock = Clock.systemUTC();

        return new FixtureView(sid, millis + " " + local + " " + clock);
    }
}
