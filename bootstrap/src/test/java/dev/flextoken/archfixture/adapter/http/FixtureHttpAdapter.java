package dev.flextoken.archfixture.adapter.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.flextoken.archfixture.application.port.in.IssueFixtureUseCase;
import io.javalin.Javalin;
import jakarta.validation.Validator;

/** Follows every rule: the HTTP adapter may use Javalin, Jackson and Bean Validation, and calls in-ports. */
public final class FixtureHttpAdapter {

    private final IssueFixtureUseCase issue;
    private final Validator validator;
    private final ObjectMapper mapper = new ObjectMapper();

    public FixtureHttpAdapter(IssueFixtureUseCase issue, Validator validator) {
        this.issue = issue;
        this.validator = validator;
    }

    public boolean serves(Javalin app) {
        return app != null && issue != null && validator != null && mapper != null;
    }
}
