package dev.flextoken.adapter.http;

import io.javalin.http.Context;

import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * Gives each request a random id, echoed as {@code X-Request-Id} and carried by its log lines; the message of
 * a 500 quotes it as the correlation id. An id the caller sends is ignored: it would let a caller write into
 * the logs.
 */
final class RequestIds {

    static final String HEADER = "X-Request-Id";

    private static final String ATTRIBUTE = "flex-token.request-id";
    private static final String UNKNOWN = "unknown";

    private final SecureRandom random;

    RequestIds(SecureRandom random) {
        this.random = random;
    }

    /** Before any other handler: gives the request its id. */
    void assign(Context ctx) {
        byte[] bytes = new byte[8];
        random.nextBytes(bytes);
        String id = HexFormat.of().formatHex(bytes);

        ctx.attribute(ATTRIBUTE, id);
        ctx.header(HEADER, id);
    }

    /** @return the request's id, or {@code unknown} when it failed before one was assigned; never null */
    static String of(Context ctx) {
        String id = ctx.attribute(ATTRIBUTE);
        return id == null ? UNKNOWN : id;
    }
}
