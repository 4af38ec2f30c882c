package dev.flextoken.adapter.http;

import dev.flextoken.application.port.in.IssueTokenUseCase;
import dev.flextoken.application.port.in.IssueTokenUseCase.InstanceNotFound;
import dev.flextoken.application.port.in.IssueTokenUseCase.IssueTokenCommand;
import dev.flextoken.application.port.in.IssueTokenUseCase.IssueTokenResult;
import dev.flextoken.application.port.in.IssueTokenUseCase.Issued;
import dev.flextoken.application.port.in.IssueTokenUseCase.TtlOutOfRange;
import dev.flextoken.application.port.in.IssueTokenUseCase.UserDeactivated;
import dev.flextoken.application.port.in.IssueTokenUseCase.UserNotFound;
import dev.flextoken.application.port.in.ValidateTokenUseCase;
import dev.flextoken.application.port.in.ValidateTokenUseCase.Invalid;
import dev.flextoken.application.port.in.ValidateTokenUseCase.TokenValidation;
import dev.flextoken.application.port.in.ValidateTokenUseCase.Valid;
import dev.flextoken.application.port.in.ValidateTokenUseCase.ValidateTokenCommand;
import dev.flextoken.domain.AccountSid;
import dev.flextoken.domain.FlexUserSid;
import dev.flextoken.domain.InstanceSid;
import dev.flextoken.domain.TtlPolicy;
import io.javalin.http.Context;

import java.util.OptionalLong;

/**
 * Issuing a token ({@code POST /v4/Instances/{InstanceSid}/Users/{FlexUserSid}/Tokens}) and validating one
 * ({@code POST /v1/Accounts/{AccountSid}/Tokens/validate}).
 */
final class TokenRoutes {

    static final String TOKENS = "/v4/Instances/{InstanceSid}/Users/{FlexUserSid}/Tokens";
    static final String VALIDATE = "/v1/Accounts/{AccountSid}/Tokens/validate";

    private final IssueTokenUseCase issueToken;
    private final ValidateTokenUseCase validateToken;
    private final JsonBodies bodies;
    private final RequestValidation validation;
    private final Representations representations;
    private final JsonCodec json;
    private final ApiMetrics metrics;

    TokenRoutes(IssueTokenUseCase issueToken, ValidateTokenUseCase validateToken, JsonBodies bodies,
                RequestValidation validation, Representations representations, JsonCodec json,
                ApiMetrics metrics) {
        this.issueToken = issueToken;
        this.validateToken = validateToken;
        this.bodies = bodies;
        this.validation = validation;
        this.representations = representations;
        this.json = json;
        this.metrics = metrics;
    }

    /**
     * Body: optional {@code {"ttl": <integer seconds>}}. An empty body, whatever its content type, asks for
     * the default TTL (see {@link JsonBodies}).
     */
    void createToken(Context ctx) {
        AccountSid caller = BasicAuthentication.caller(ctx);
        InstanceSid instance = PathSids.instance(ctx);
        FlexUserSid user = PathSids.user(ctx);

        OptionalLong ttl = BodyFields.integer(bodies.readObject(ctx), "ttl", "an integer number of seconds");

        IssueTokenResult result = issueToken.issue(new IssueTokenCommand(caller, instance, user, ttl));
        if (result instanceof Issued issued) {
            metrics.issued();
            json.write(ctx, 201, representations.issued(issued));
            return;
        }
        metrics.refused(result);
        throw refusal(result);
    }

    /**
     * Answers 200 for every token, good or bad: {@code valid} says which. The path's account must be the
     * caller's own.
     */
    void validateToken(Context ctx) {
        AccountSid caller = BasicAuthentication.caller(ctx);
        AccountSid account = PathSids.account(ctx);
        if (!account.equals(caller)) {
            throw ApiException.notFound("The parameter 'AccountSid' names no account of the caller");
        }

        Requests.ValidateToken request = validation.check(Requests.ValidateToken.from(bodies.readObject(ctx)));

        TokenValidation outcome = validateToken.validate(new ValidateTokenCommand(account, request.token()));
        metrics.validated(outcome);
        if (outcome instanceof Valid valid) {
            json.write(ctx, 200, representations.valid(valid));
        } else {
            json.write(ctx, 200, representations.invalid(((Invalid) outcome).reason()));
        }
    }

    private static ApiException refusal(IssueTokenResult result) {
        if (result instanceof InstanceNotFound) {
            return ApiException.notFound("The parameter 'InstanceSid' names no Flex instance of this account");
        }
        if (result instanceof UserNotFound) {
            return ApiException.notFound("The parameter 'FlexUserSid' names no user of this Flex instance");
        }
        if (result instanceof UserDeactivated) {
            return ApiException.of(403, 20403, "The Flex user is deactivated and cannot be issued tokens");
        }
        TtlPolicy policy = ((TtlOutOfRange) result).policy();
        return ApiException.invalidParameter("The parameter 'ttl' must lie between " + policy.minSeconds()
                + " and " + policy.maxSeconds() + " seconds");
    }
}
