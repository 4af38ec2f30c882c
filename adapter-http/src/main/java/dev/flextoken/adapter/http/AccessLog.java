package dev.flextoken.adapter.http;

import io.javalin.http.Context;
import io.javalin.router.Endpoint;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Locale;

/**
 * One INFO line per request: method, route template (or the raw path when no route matched), status,
 * duration and request id. Never a body, a query string (a {@code Username} is personal data), or a header.
 */
final class AccessLog {

    private static final Logger LOG = LoggerFactory.getLogger(AccessLog.class);

    /** Raw paths of unmatched requests are cut to this length: they are the caller's free text. */
    private static final int MAX_PATH = 200;

    private AccessLog() {
    }

    static void log(Context ctx, Float milliseconds) {
        if (!LOG.isInfoEnabled()) {
            return;
        }
        LOG.info("{} {} {} {}ms request_id={}", ctx.method().name(), route(ctx), ctx.statusCode(),
                String.format(Locale.ROOT, "%.1f", milliseconds), RequestIds.of(ctx));
    }

    /**
     * @return the template of the route that answered, or the raw path when none did (unknown path, wrong
     *         method, or a refusal before the route ran, such as a 401)
     */
    private static String route(Context ctx) {
        Endpoint endpoint = ctx.endpoints().lastHttpEndpoint();
        if (endpoint != null && endpoint.method.isHttpMethod() && !endpoint.path.isEmpty()) {
            return endpoint.path;
        }
        // The raw URI keeps its percent-encoding, so no line break can reach the log.
        String path = ctx.req().getRequestURI();
        return path.length() > MAX_PATH ? path.substring(0, MAX_PATH) + "..." : path;
    }
}
