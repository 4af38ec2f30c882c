package dev.flextoken.adapter.http;

import dev.flextoken.application.port.in.IssueTokenUseCase.InstanceNotFound;
import dev.flextoken.application.port.in.IssueTokenUseCase.IssueTokenResult;
import dev.flextoken.application.port.in.IssueTokenUseCase.UserDeactivated;
import dev.flextoken.application.port.in.IssueTokenUseCase.UserNotFound;
import dev.flextoken.application.port.in.ValidateTokenUseCase.Invalid;
import dev.flextoken.application.port.in.ValidateTokenUseCase.TokenValidation;
import dev.flextoken.domain.TokenRejection;
import io.javalin.http.Context;
import io.javalin.router.Endpoint;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;

import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.regex.Pattern;

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

    static final String UNMATCHED = "unmatched";

    private static final String PREFIX = "flex_token.";
    private static final String[] STATUS_CLASSES = {"other", "1xx", "2xx", "3xx", "4xx", "5xx"};

    /**
     * Every route, most specific first: Provision and Deprovision before the fetch route whose FlexUserSid they
     * would match. Consulted only when no route handler ran (refused before it, wrong method, unknown path).
     */
    private static final List<Template> TEMPLATES = List.of(UserRoutes.PROVISION, UserRoutes.DEPROVISION,
                    TokenRoutes.TOKENS, UserRoutes.USER, UserRoutes.USERS, TokenRoutes.VALIDATE,
                    OperationRoutes.HEALTH, OperationRoutes.READY, OperationRoutes.OPENAPI, PATH)
            .stream()
            .map(Template::of)
            .toList();

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

        timer(route(ctx), statusClass).record((long) (milliseconds * 1_000_000.0), TimeUnit.NANOSECONDS);
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

    /** @return the template of the route that answered or would have, else {@link #UNMATCHED}; never a raw path */
    private static String route(Context ctx) {
        Endpoint endpoint = ctx.endpoints().lastHttpEndpoint();
        if (endpoint != null && endpoint.method.isHttpMethod() && !endpoint.path.isEmpty()) {
            return endpoint.path;
        }

        String path = ctx.path();
        for (Template template : TEMPLATES) {
            if (template.pattern.matcher(path).matches()) {
                return template.text;
            }
        }
        return UNMATCHED;
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

    /** A route template and a pattern matching the paths it answers (each path parameter one segment). */
    private record Template(String text, Pattern pattern) {

        static Template of(String text) {
            StringBuilder regex = new StringBuilder();
            for (String segment : text.substring(1).split("/")) {
                regex.append('/');
                regex.append(segment.startsWith("{") ? "[^/]+" : Pattern.quote(segment));
            }
            // Javalin ignores a trailing slash.
            return new Template(text, Pattern.compile(regex + "/?"));
        }
    }
}
