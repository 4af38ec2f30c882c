package dev.flextoken.archfixture.application.port.in;

import dev.flextoken.archfixture.domain.FixtureSid;

/** Follows every rule: an in-port named {@code *UseCase} in {@code port.in}. */
public interface IssueFixtureUseCase {

    FixtureView issue(FixtureSid sid);
}
