package dev.flextoken.adapter.http;

import dev.flextoken.application.port.in.CheckReadinessUseCase;
import io.javalin.http.Context;

/**
 * {@code GET /healthz} (the process answers) and {@code GET /readyz} (keys loaded and store reachable), for
 * orchestrators: no authentication, no personal data.
 */
final class OperationRoutes {

    static final String HEALTH = "/healthz";
    static final String READY = "/readyz";

    private final CheckReadinessUseCase checkReadiness;
    private final Representations representations;
    private final JsonCodec json;
    private final long retryAfterSeconds;

    OperationRoutes(CheckReadinessUseCase checkReadiness, Representations representations, JsonCodec json,
                    long retryAfterSeconds) {
        this.checkReadiness = checkReadiness;
        this.representations = representations;
        this.json = json;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    void health(Context ctx) {
        json.write(ctx, 200, representations.status("ok"));
    }

    void ready(Context ctx) {
        if (!checkReadiness.isReady()) {
            throw ApiException.unavailable("The service is not ready: its keys or its store are unavailable",
                    retryAfterSeconds);
        }
        json.write(ctx, 200, representations.status("ready"));
    }
}
