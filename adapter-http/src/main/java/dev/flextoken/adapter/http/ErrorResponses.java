package dev.flextoken.adapter.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.flextoken.application.port.out.StoreUnavailableException;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Map;

/**
 * The one place where failures become HTTP answers, in the Twilio error shape the official SDKs parse:
 * {@code {"code": 20404, "message": "...", "more_info": "https://www.twilio.com/docs/errors/20404",
 * "status": 404}}.
 *
 * <p>Javalin's own answers (unknown path, wrong method, body too large) are translated too, so that its
 * default error pages never reach a caller. Anything unexpected is a 500 whose message carries the
 * request's correlation id, the same id the error log line and the access line carry.
 */
final class ErrorResponses {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorResponses.class);

    private static final String MORE_INFO = "https://www.twilio.com/docs/errors/";

    private final JsonCodec json;
    private final long retryAfterSeconds;

    /** @param retryAfterSeconds what {@code Retry-After} says when the store is unavailable */
    ErrorResponses(JsonCodec json, long retryAfterSeconds) {
        this.json = json;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    void register(RoutesConfig routes) {
        routes.exception(ApiException.class, (failure, ctx) -> write(ctx, failure));
        routes.exception(HttpResponseException.class, (failure, ctx) -> write(ctx, translate(failure, ctx)));
        routes.exception(StoreUnavailableException.class, (failure, ctx) -> storeUnavailable(ctx, failure));
        routes.exception(Exception.class, (failure, ctx) -> unexpected(ctx, failure));
    }

    private void storeUnavailable(Context ctx, StoreUnavailableException failure) {
        // The exception's message is written for logs and carries no personal data (see its contract).
        LOG.warn("Store unavailable, request_id={}: {}", RequestIds.of(ctx), failure.getMessage());
        write(ctx, ApiException.unavailable("The service is temporarily unavailable; retry later",
                retryAfterSeconds));
    }

    private void unexpected(Context ctx, Exception failure) {
        String correlationId = RequestIds.of(ctx);
        LOG.error("Unexpected failure, correlation_id={}", correlationId, failure);
        write(ctx, ApiException.of(500, 20500,
                "An unexpected error occurred; quote correlation id " + correlationId + " when reporting it"));
    }

    private ApiException translate(HttpResponseException failure, Context ctx) {
        int status = failure.getStatus();
        if (status == 404) {
            return ApiException.notFound("The requested resource was not found");
        }
        if (status == 405) {
            return ApiException.methodNotAllowed(allowedMethods(failure.getDetails()));
        }
        if (status == 413) {
            return ApiException.of(413, 20001, "The request body is too large");
        }
        if (status >= 400 && status < 500) {
            return ApiException.of(status, 20001, "The request could not be processed");
        }
        String correlationId = RequestIds.of(ctx);
        LOG.error("Unexpected HTTP failure {}, correlation_id={}", status, correlationId);
        return ApiException.of(500, 20500,
                "An unexpected error occurred; quote correlation id " + correlationId + " when reporting it");
    }

    private static String allowedMethods(Map<String, String> details) {
        // Javalin lists the methods the path answers under this key, joined by ", ".
        String methods = details.get("availableMethods");
        return methods == null ? "" : methods;
    }

    private void write(Context ctx, ApiException failure) {
        failure.headers().forEach(ctx::header);
        json.write(ctx, failure.status(), body(json, failure));
    }

    /** @return the Twilio error document of {@code failure} */
    static ObjectNode body(JsonCodec json, ApiException failure) {
        ObjectNode body = json.object();
        body.put("code", failure.code());
        body.put("message", failure.getMessage());
        body.put("more_info", MORE_INFO + failure.code());
        body.put("status", failure.status());
        return body;
    }
}
