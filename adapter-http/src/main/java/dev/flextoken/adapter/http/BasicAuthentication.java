package dev.flextoken.adapter.http;

import dev.flextoken.application.port.in.AuthenticateCallerUseCase;
import dev.flextoken.application.port.in.AuthenticateCallerUseCase.Authenticated;
import dev.flextoken.domain.AccountSid;
import io.javalin.http.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;

/**
 * HTTP Basic authentication (RFC 7617) of every {@code /v4} and {@code /v1} request, before anything else
 * about the request is looked at.
 *
 * <p>Every refusal is the same 401, so that a caller cannot tell an unknown account from a wrong secret or a
 * malformed header. Failures count towards the {@link FailedAuthLimiter} of the client address (the TCP peer:
 * a forwarded-for header is not trusted); a request without any {@code Authorization} header does not count,
 * since clients commonly try without credentials first.
 */
final class BasicAuthentication {

    private static final Logger LOG = LoggerFactory.getLogger(BasicAuthentication.class);

    private static final String CALLER = "flex-token.caller";
    private static final String SCHEME = "basic ";

    private final AuthenticateCallerUseCase authenticateCaller;
    private final FailedAuthLimiter limiter;
    private final ApiMetrics metrics;

    BasicAuthentication(AuthenticateCallerUseCase authenticateCaller, FailedAuthLimiter limiter,
                        ApiMetrics metrics) {
        this.authenticateCaller = authenticateCaller;
        this.limiter = limiter;
        this.metrics = metrics;
    }

    /**
     * Remembers the caller's account on the request, or refuses the request.
     *
     * @throws ApiException 429 while the client address is blocked, else 401 when the credentials fail
     */
    void authenticate(Context ctx) {
        String address = ctx.ip();
        Optional<Duration> blocked = limiter.blockedFor(address);
        if (blocked.isPresent()) {
            metrics.clientBlocked();
            throw ApiException.tooManyRequests("Too many failed authentications; retry later",
                    wholeSecondsAtLeastOne(blocked.get()));
        }

        String header = ctx.header("Authorization");
        if (header == null) {
            metrics.credentialsMissing();
            throw ApiException.unauthenticated();
        }

        AuthenticateCallerUseCase.Authentication outcome = parse(header)
                .map(credentials -> authenticateCaller.authenticate(credentials.principal, credentials.secret))
                .orElseGet(AuthenticateCallerUseCase.Refused::new);
        if (outcome instanceof Authenticated authenticated) {
            ctx.attribute(CALLER, authenticated.account());
            return;
        }

        limiter.recordFailure(address);
        metrics.credentialsRefused();
        LOG.warn("Authentication refused, request_id={}", RequestIds.of(ctx));
        throw ApiException.unauthenticated();
    }

    /**
     * @return the account of the caller that {@link #authenticate} let through
     * @throws IllegalStateException when the route was not behind authentication: a wiring bug
     */
    static AccountSid caller(Context ctx) {
        AccountSid caller = ctx.attribute(CALLER);
        if (caller == null) {
            throw new IllegalStateException("Route reached without authentication");
        }
        return caller;
    }

    /** @return principal and secret, or empty when the header is not well-formed Basic credentials */
    private static Optional<Credentials> parse(String header) {
        // RFC 7235 §2.1: the scheme name is case-insensitive.
        if (header.length() <= SCHEME.length()
                || !header.substring(0, SCHEME.length()).toLowerCase(Locale.ROOT).equals(SCHEME)) {
            return Optional.empty();
        }

        String decoded;
        try {
            byte[] bytes = Base64.getDecoder().decode(header.substring(SCHEME.length()).trim());
            decoded = new String(bytes, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }

        int colon = decoded.indexOf(':');
        if (colon <= 0 || colon == decoded.length() - 1) {
            return Optional.empty();
        }
        return Optional.of(new Credentials(decoded.substring(0, colon), decoded.substring(colon + 1)));
    }

    private static long wholeSecondsAtLeastOne(Duration wait) {
        long seconds = wait.getSeconds() + (wait.getNano() > 0 ? 1 : 0);
        return Math.max(1, seconds);
    }

    private record Credentials(String principal, String secret) {
        @Override
        public String toString() {
            return "Credentials[...]";
        }
    }
}
