package dev.flextoken.adapter.http;

import dev.flextoken.application.port.in.CheckReadinessUseCase;
import io.javalin.http.Context;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * {@code GET /healthz} (the process answers) and {@code GET /readyz} (keys loaded and store reachable), for
 * orchestrators, and {@code GET /openapi.json}, the API's description: no authentication, no personal data.
 */
final class OperationRoutes {

    static final String HEALTH = "/healthz";
    static final String READY = "/readyz";
    static final String OPENAPI = "/openapi.json";

    /** The OpenAPI 3.1 document, kept beside this class; a test holds it to the running server's routes. */
    private static final String OPENAPI_RESOURCE = "openapi.json";

    private final byte[] openApi = readOpenApi();

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

    void openApi(Context ctx) {
        ctx.status(200).contentType(JsonCodec.CONTENT_TYPE).result(openApi);
    }

    private static byte[] readOpenApi() {
        try (InputStream in = OperationRoutes.class.getResourceAsStream(OPENAPI_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The resource " + OPENAPI_RESOURCE + " is missing from the build");
            }
            return in.readAllBytes();
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
