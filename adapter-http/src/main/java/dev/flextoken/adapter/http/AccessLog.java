package dev.flextoken.adapter.http;

import io.javalin.http.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Locale;

/**
 * One INFO line per request: method, route template ({@code unmatched} when no route fits), status, duration
 * and request id. Never a body, a raw path or query string (a {@code Username} is personal data), or a header.
 */
final class AccessLog {

    private static final Logger LOG = LoggerFactory.getLogger(AccessLog.class);

    private AccessLog() {
    }

    static void log(Context ctx, Float milliseconds) {
        if (!LOG.isInfoEnabled()) {
            return;
        }
        LOG.info("{} {} {} {}ms request_id={}", ctx.method().name(), RouteTemplates.of(ctx), ctx.statusCode(),
                String.format(Locale.ROOT, "%.1f", milliseconds), RequestIds.of(ctx));
    }
}
