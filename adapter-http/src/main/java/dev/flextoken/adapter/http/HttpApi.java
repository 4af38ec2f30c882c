package dev.flextoken.adapter.http;

import dev.flextoken.application.port.in.AuthenticateCallerUseCase;
import dev.flextoken.application.port.in.CheckReadinessUseCase;
import dev.flextoken.application.port.in.DeprovisionUserUseCase;
import dev.flextoken.application.port.in.FindUsersUseCase;
import dev.flextoken.application.port.in.IssueTokenUseCase;
import dev.flextoken.application.port.in.ProvisionUserUseCase;
import dev.flextoken.application.port.in.ValidateTokenUseCase;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * The HTTP API of flex-token on Javalin: the Flex User Token API, the Users API, token validation, the
 * health probes, Prometheus metrics ({@code GET /metrics}) and the API's OpenAPI document
 * ({@code GET /openapi.json}), in front of the application's use cases.
 *
 * <p>Every {@code /v4} and {@code /v1} request is authenticated with HTTP Basic credentials before anything
 * else about it is looked at; every failure is answered in Twilio's error shape (see DESIGN.md §3.5).
 * Responses of those routes carry {@code Cache-Control: no-store} and {@code Pragma: no-cache}: they hold
 * tokens and personal data.
 *
 * <p>Build one with {@link #builder()}; every use case is required. {@link #start} may be called more than
 * once, each server with its own failed-authentication counts and, unless {@link Builder#meterRegistry} gave
 * one, its own meter registry.
 */
public final class HttpApi {

    /** The largest request body accepted by default, in bytes (16 KiB). */
    public static final int DEFAULT_MAX_BODY_BYTES = 16_384;

    /** Failed authentications a client address may make per window by default. */
    public static final int DEFAULT_MAX_FAILED_AUTHENTICATIONS = 10;

    /** The default window of the failed-authentication limit. */
    public static final Duration DEFAULT_FAILED_AUTHENTICATION_WINDOW = Duration.ofSeconds(60);

    /** What {@code Retry-After} says by default when the store or the keys are unavailable. */
    public static final Duration DEFAULT_RETRY_AFTER = Duration.ofSeconds(5);

    private final Settings settings;
    private final JsonCodec json = new JsonCodec();
    private final RequestValidation validation = new RequestValidation();

    private HttpApi(Settings settings) {
        this.settings = settings;
    }

    /** @return a builder with the default settings and no use cases yet */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Starts a server and returns once it accepts connections.
     *
     * @param host the address to listen on, such as {@code 0.0.0.0} or {@code 127.0.0.1}
     * @param port the port, or 0 for any free port (see {@link Server#port()})
     * @return the running server; never null
     * @throws io.javalin.util.JavalinBindException when the port cannot be bound
     */
    public Server start(String host, int port) {
        Objects.requireNonNull(host, "host");
        PrometheusMeterRegistry registry = settings.meterRegistry == null
                ? new PrometheusMeterRegistry(PrometheusConfig.DEFAULT) : settings.meterRegistry;
        Javalin app = Javalin.create(config -> configure(config, new ApiMetrics(registry)));
        app.start(host, port);
        return new Server(app, settings.meterRegistry == null ? registry : null);
    }

    private void configure(JavalinConfig config, ApiMetrics metrics) {
        long retryAfter = Math.max(1, settings.retryAfter.toSeconds());
        JsonBodies bodies = new JsonBodies(settings.maxBodyBytes, json);
        Representations representations = new Representations(json);
        RequestIds requestIds = new RequestIds(settings.random);
        BasicAuthentication authentication = new BasicAuthentication(settings.authenticateCaller,
                new FailedAuthLimiter(settings.maxFailedAuthentications, settings.failedAuthenticationWindow,
                        settings.clock), metrics);
        TokenRoutes tokens = new TokenRoutes(settings.issueToken, settings.validateToken, bodies, validation,
                representations, json, metrics);
        UserRoutes users = new UserRoutes(settings.provisionUser, settings.deprovisionUser, settings.findUsers,
                bodies, validation, representations, json);
        OperationRoutes operations = new OperationRoutes(settings.checkReadiness, representations, json,
                retryAfter);

        config.startup.showJavalinBanner = false;
        config.startup.showOldJavalinVersionWarning = false;
        // Javalin's own reads stop at the same limit as ours, so no path around JsonBodies is larger.
        config.http.maxRequestSize = settings.maxBodyBytes;
        config.http.prefer405over404 = true;
        config.http.generateEtags = false;
        config.requestLogger.http((ctx, milliseconds) -> {
            metrics.request(ctx, milliseconds);
            AccessLog.log(ctx, milliseconds);
        });
        config.jetty.modifyServer(server -> server.setErrorHandler(new JettyErrors(json)));

        config.routes.before(requestIds::assign);
        config.routes.before("/v4/*", ctx -> protect(ctx, authentication));
        config.routes.before("/v1/*", ctx -> protect(ctx, authentication));
        // After authentication. Left to the router, GET on these paths would reach the fetch route with a
        // FlexUserSid that cannot be one, and a 405 would list that route's methods as if they applied here.
        config.routes.before(UserRoutes.PROVISION, HttpApi::postOnly);
        config.routes.before(UserRoutes.DEPROVISION, HttpApi::postOnly);

        config.routes.post(TokenRoutes.TOKENS, tokens::createToken);
        config.routes.post(TokenRoutes.VALIDATE, tokens::validateToken);
        config.routes.post(UserRoutes.PROVISION, users::provision);
        config.routes.post(UserRoutes.DEPROVISION, users::deprovision);
        getAndHead(config, UserRoutes.USERS, users::list);
        getAndHead(config, UserRoutes.USER, users::fetch);
        getAndHead(config, OperationRoutes.HEALTH, operations::health);
        getAndHead(config, OperationRoutes.READY, operations::ready);
        getAndHead(config, OperationRoutes.OPENAPI, operations::openApi);
        getAndHead(config, ApiMetrics.PATH, metrics::scrape);

        new ErrorResponses(json, retryAfter).register(config.routes);
    }

    /**
     * Left alone, Javalin answers HEAD on a GET route with an empty 200 without running the handler, whatever
     * GET would say. A HEAD route running the GET handler answers its status and headers instead (RFC 9110
     * §9.3.2); Jetty sends no body after a HEAD, keeping the {@code Content-Length} of the body written.
     */
    private static void getAndHead(JavalinConfig config, String path, Handler handler) {
        config.routes.get(path, handler);
        config.routes.head(path, handler);
    }

    private static void postOnly(Context ctx) {
        if (!ctx.method().equals(HandlerType.POST)) {
            throw ApiException.methodNotAllowed("POST");
        }
    }

    private static void protect(Context ctx, BasicAuthentication authentication) {
        // Set first, so that error answers are not cached either.
        ctx.header("Cache-Control", "no-store");
        ctx.header("Pragma", "no-cache");
        authentication.authenticate(ctx);
    }

    /** A running server. Closing it stops it. */
    public static final class Server implements AutoCloseable {

        private final Javalin app;
        private final PrometheusMeterRegistry ownRegistry;

        /** @param ownRegistry the registry the server made for itself and closes, or null */
        private Server(Javalin app, PrometheusMeterRegistry ownRegistry) {
            this.app = app;
            this.ownRegistry = ownRegistry;
        }

        /** @return the port the server listens on, the one picked when 0 was asked for */
        public int port() {
            return app.port();
        }

        /**
         * @return every route the server answers, as {@code "METHOD /template"} in registration order: what the
         *         OpenAPI document must describe
         */
        List<String> routes() {
            return app.unsafe.internalRouter.allHttpHandlers().stream()
                    .map(parsed -> parsed.endpoint)
                    .filter(endpoint -> endpoint.method.isHttpMethod())
                    .map(endpoint -> endpoint.method.name() + " " + endpoint.path)
                    .toList();
        }

        /** Stops accepting requests and stops the server; harmless when already stopped. */
        public void stop() {
            app.stop();
            if (ownRegistry != null) {
                ownRegistry.close();
            }
        }

        @Override
        public void close() {
            stop();
        }
    }

    /**
     * Collects the use cases and settings of an {@link HttpApi}. Not thread-safe; changing a builder after
     * {@link #build()} leaves the built API as it was.
     */
    public static final class Builder {

        private AuthenticateCallerUseCase authenticateCaller;
        private IssueTokenUseCase issueToken;
        private ValidateTokenUseCase validateToken;
        private ProvisionUserUseCase provisionUser;
        private DeprovisionUserUseCase deprovisionUser;
        private FindUsersUseCase findUsers;
        private CheckReadinessUseCase checkReadiness;
        private Clock clock = Clock.systemUTC();
        private SecureRandom random;
        private int maxBodyBytes = DEFAULT_MAX_BODY_BYTES;
        private int maxFailedAuthentications = DEFAULT_MAX_FAILED_AUTHENTICATIONS;
        private Duration failedAuthenticationWindow = DEFAULT_FAILED_AUTHENTICATION_WINDOW;
        private Duration retryAfter = DEFAULT_RETRY_AFTER;
        private PrometheusMeterRegistry meterRegistry;

        private Builder() {
        }

        public Builder authenticateCaller(AuthenticateCallerUseCase useCase) {
            this.authenticateCaller = Objects.requireNonNull(useCase, "authenticateCaller");
            return this;
        }

        public Builder issueToken(IssueTokenUseCase useCase) {
            this.issueToken = Objects.requireNonNull(useCase, "issueToken");
            return this;
        }

        public Builder validateToken(ValidateTokenUseCase useCase) {
            this.validateToken = Objects.requireNonNull(useCase, "validateToken");
            return this;
        }

        public Builder provisionUser(ProvisionUserUseCase useCase) {
            this.provisionUser = Objects.requireNonNull(useCase, "provisionUser");
            return this;
        }

        public Builder deprovisionUser(DeprovisionUserUseCase useCase) {
            this.deprovisionUser = Objects.requireNonNull(useCase, "deprovisionUser");
            return this;
        }

        public Builder findUsers(FindUsersUseCase useCase) {
            this.findUsers = Objects.requireNonNull(useCase, "findUsers");
            return this;
        }

        public Builder checkReadiness(CheckReadinessUseCase useCase) {
            this.checkReadiness = Objects.requireNonNull(useCase, "checkReadiness");
            return this;
        }

        /** @param clock the time of the failed-authentication windows; default the system UTC clock */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** @param random the source of request ids; default a new {@link SecureRandom} */
        public Builder random(SecureRandom random) {
            this.random = Objects.requireNonNull(random, "random");
            return this;
        }

        /**
         * @param bytes the largest request body accepted, at least 1; larger bodies get 413
         */
        public Builder maxBodyBytes(int bytes) {
            if (bytes < 1) {
                throw new IllegalArgumentException("maxBodyBytes must be at least 1");
            }
            this.maxBodyBytes = bytes;
            return this;
        }

        /**
         * @param failures how many failed authentications a client address may make within one window, at
         *                 least 1; beyond that it gets 429 until the window ends
         * @param window   the length of a window, at least one second
         */
        public Builder failedAuthenticationLimit(int failures, Duration window) {
            Objects.requireNonNull(window, "window");
            if (failures < 1) {
                throw new IllegalArgumentException("The failed-authentication limit must be at least 1");
            }
            if (window.compareTo(Duration.ofSeconds(1)) < 0) {
                throw new IllegalArgumentException("The failed-authentication window must be at least 1 second");
            }
            this.maxFailedAuthentications = failures;
            this.failedAuthenticationWindow = window;
            return this;
        }

        /** @param retryAfter what {@code Retry-After} says on a 503, rounded down to seconds, at least 1 */
        public Builder retryAfter(Duration retryAfter) {
            Objects.requireNonNull(retryAfter, "retryAfter");
            if (retryAfter.compareTo(Duration.ofSeconds(1)) < 0) {
                throw new IllegalArgumentException("retryAfter must be at least 1 second");
            }
            this.retryAfter = retryAfter;
            return this;
        }

        /**
         * @param registry where the server's meters go, for a caller that also registers meters of its own (JVM,
         *                 process) to be scraped on {@code GET /metrics}; by default each started server makes
         *                 its own registry. The caller keeps a given registry's life: stopping a server does not
         *                 close it, and two servers sharing one share their counts.
         */
        public Builder meterRegistry(PrometheusMeterRegistry registry) {
            this.meterRegistry = Objects.requireNonNull(registry, "registry");
            return this;
        }

        /**
         * @return the API, ready to {@link HttpApi#start}
         * @throws NullPointerException naming the first use case that was not given
         */
        public HttpApi build() {
            Objects.requireNonNull(authenticateCaller, "authenticateCaller");
            Objects.requireNonNull(issueToken, "issueToken");
            Objects.requireNonNull(validateToken, "validateToken");
            Objects.requireNonNull(provisionUser, "provisionUser");
            Objects.requireNonNull(deprovisionUser, "deprovisionUser");
            Objects.requireNonNull(findUsers, "findUsers");
            Objects.requireNonNull(checkReadiness, "checkReadiness");
            return new HttpApi(new Settings(authenticateCaller, issueToken, validateToken, provisionUser,
                    deprovisionUser, findUsers, checkReadiness, clock, random == null ? new SecureRandom() : random,
                    maxBodyBytes, maxFailedAuthentications, failedAuthenticationWindow, retryAfter,
                    meterRegistry));
        }
    }

    private record Settings(
            AuthenticateCallerUseCase authenticateCaller,
            IssueTokenUseCase issueToken,
            ValidateTokenUseCase validateToken,
            ProvisionUserUseCase provisionUser,
            DeprovisionUserUseCase deprovisionUser,
            FindUsersUseCase findUsers,
            CheckReadinessUseCase checkReadiness,
            Clock clock,
            SecureRandom random,
            int maxBodyBytes,
            int maxFailedAuthentications,
            Duration failedAuthenticationWindow,
            Duration retryAfter,
            PrometheusMeterRegistry meterRegistry) {
    }
}
