package dev.flextoken.archfixture.domain;

import dev.flextoken.archfixture.application.port.in.IssueFixtureUseCase;

/** Breaks "domain depends only on the JDK": the domain knows a use case of the application. */
public final class DomainReachingIntoApplication {

    public FixtureSid issueThrough(IssueFixtureUseCase useCase, FixtureSid sid) {
        return useCase.issue(sid).sid();
    }
}
