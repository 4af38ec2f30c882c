package dev.flextoken.adapter.http;

import dev.flextoken.application.port.in.IssueTokenUseCase.InstanceNotFound;
import dev.flextoken.application.port.in.IssueTokenUseCase.IssueTokenResult;
import dev.flextoken.application.port.in.IssueTokenUseCase.UserDeactivated;
import dev.flextoken.application.port.in.IssueTokenUseCase.UserNotFound;
import dev.flextoken.application.port.in.ValidateTokenUseCase.Invalid;
import dev.flextoken.application.port.in.ValidateTokenUseCase.TokenValidation;
import dev.flextoken.domain.TokenRejection;
import io.javalin.http.Context;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The server's metrics, exposed on {@code GET /metrics} in the Prometheus text format: tokens issued, issues
 * refused by outcome, validations by result and reason, failed authentications by reason, and request latency
 * histograms per route template and status class.
 *
 * <p>No value a caller controls ever becomes a label: labels hold route templates (a request that matches no
 * route is {@code unmatched}), status classes and fixed names only, so the number of series stays bounded
 * whatever is sent. Counters are built once, up front; a latency timer once per route and status class.
 */
final class ApiMetrics {

    static final String PATH = "/metrics";

    /** The Prometheus text exposition format 0.0.4. */
    static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

    static final String UNMATCHED = RouteTemplates.UNMATCHED;

    private static final String PREFIX = "flex_token.";
    private static final String[] STATUS_CLASSES = {"other", "1xx", "2xx", "3xx", "4xx", "5xx"};

    private final PrometheusMeterRegistry registry;
    private final Counter issued;
    private final Counter instanceNotFound;
    private final Counter userNotFound;
    private final Counter userDeactivated;
    private final Counter ttlOutOfRange;
    private final Counter valid;
    private final Map<TokenRejection, Counter> invalid = new EnumMap<>(TokenRejection.class);
    private final Counter credentialsMissing;
    private final Counter credentialsRefused;
    private final Counter clientBlocked;
    private final Map<String, AtomicReferenceArray<Timer>> latencies = new ConcurrentHashMap<>();

    ApiMetrics(PrometheusMeterRegistry registry) {
        this.registry = registry;
        issued = Counter.builder(PREFIX + "tokens.issued")
                .description("Tokens issued")
                .register(registry);
        instanceNotFound = refused("instance_not_found");
        userNotFound = refused("user_not_found");
        userDeactivated = refused("user_deactivated");
        ttlOutOfRange = refused("ttl_out_of_range");
        valid = validation("valid", "none");
        for (TokenRejection reason : TokenRejection.values()) {
            invalid.put(reason, validation("invalid", reason.name().toLowerCase(Locale.ROOT)));
        }
        credentialsMissing = authenticationFailure("missing");
        credentialsRefused = authenticationFailure("refused");
        clientBlocked = authenticationFailure("blocked");
    }

    void issued() {
        issued.increment();
    }

    /** @param result any outcome of the issue use case but {@code Issued} */
    void refused(IssueTokenResult result) {
        if (result instanceof InstanceNotFound) {
            instanceNotFound.increment();
        } else if (result instanceof UserNotFound) {
            userNotFound.increment();
        } else if (result instanceof UserDeactivated) {
            userDeactivated.increment();
        } else {
            ttlOutOfRange.increment();
        }
    }

    void validated(TokenValidation outcome) {
        if (outcome instanceof Invalid rejected) {
            invalid.get(rejected.reason()).increment();
        } else {
            valid.increment();
        }
    }

    /** A /v4 or /v1 request without an {@code Authorization} header: a 401. */
    void credentialsMissing() {
        credentialsMissing.increment();
    }

    /** Credentials that are malformed, unknown or wrong: a 401 that counts towards the limit. */
    void credentialsRefused() {
        credentialsRefused.increment();
    }

    /** A client address over the failed-authentication limit: a 429. */
    void clientBlocked() {
        clientBlocked.increment();
    }

    /** Records a finished request's duration under its route template and status class. */
    void request(Context ctx, float milliseconds) {
        int status = ctx.statusCode();
        int statusClass = status >= 100 && status < 600 ? status / 100 : 0;

        timer(RouteTemplates.of(ctx), statusClass).record((long) (milliseconds * 1_000_000.0), TimeUnit.NANOSECONDS);
    }

    /** {@code GET /metrics}: every meter, as Prometheus text. */
    void scrape(Context ctx) {
        ctx.status(200).contentType(CONTENT_TYPE).result(registry.scrape());
    }

    private Timer timer(String route, int statusClass) {
        AtomicReferenceArray<Timer> timers =
                latencies.computeIfAbsent(route, key -> new AtomicReferenceArray<>(STATUS_CLASSES.length));
        Timer timer = timers.get(statusClass);
        if (timer == null) {
            // Registering twice in a race returns the same timer.
            timer = Timer.builder(PREFIX + "http.requests")
                    .description("HTTP request latency by route template and status class")
                    .tag("route", route)
                    .tag("status", STATUS_CLASSES[statusClass])
                    .publishPercentileHistogram()
                    .minimumExpectedValue(Duration.ofNanos(100_000))
                    .maximumExpectedValue(Duration.ofSeconds(10))
                    .register(registry);
            timers.set(statusClass, timer);
        }
        return timer;
    }

    private Counter refused(String outcome) {
        return Counter.builder(PREFIX + "tokens.refused")
                .description("Token issues refused, by outcome")
                .tag("outcome", outcome)
                .register(registry);
    }

    private Counter validation(String result, String reason) {
        return Counter.builder(PREFIX + "validations")
                .description("Token validations, by result and rejection reason")
                .tag("result", result)
                .tag("reason", reason)
                .register(registry);
    }

    private Counter authenticationFailure(String reason) {
        return Counter.builder(PREFIX + "authentication.failures")
                .description("Refused authentications of /v4 and /v1 requests, by reason")
                .tag("reason", reason)
                .register(registry);
    }
}
