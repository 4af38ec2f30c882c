package dev.flextoken.adapter.http;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A request the API answers with a Twilio error: an HTTP status, a Twilio error code, a message for the
 * caller and any headers the answer needs ({@code WWW-Authenticate}, {@code Retry-After}, {@code Allow}).
 *
 * <p>The message names the parameter at fault and never carries the value given, a secret or a stack trace:
 * it is written to the caller as is. {@link ErrorResponses} is the one place that turns it into a response.
 */
final class ApiException extends RuntimeException {

    private final int status;
    private final int code;
    private final Map<String, String> headers;

    private ApiException(int status, int code, String message, Map<String, String> headers) {
        super(Objects.requireNonNull(message, "message"), null, false, false);
        this.status = status;
        this.code = code;
        this.headers = Map.copyOf(headers);
    }

    static ApiException of(int status, int code, String message) {
        return new ApiException(status, code, message, Map.of());
    }

    /** 400 / 20001: a bad parameter, body field or JSON body. */
    static ApiException invalidParameter(String message) {
        return of(400, 20001, message);
    }

    /** 404 / 20404: a malformed or unknown SID, another account's resource, or an unknown path. */
    static ApiException notFound(String message) {
        return of(404, 20404, message);
    }

    /** 401 / 20003, with the challenge of RFC 7617 §2. The same bytes whatever was wrong. */
    static ApiException unauthenticated() {
        return new ApiException(401, 20003, "Authenticate with HTTP Basic credentials: AccountSid:AuthToken "
                + "or ApiKeySid:ApiKeySecret", Map.of("WWW-Authenticate", "Basic realm=\"Twilio API\""));
    }

    /** @param retryAfterSeconds whole seconds, at least 1 (RFC 9110 §10.2.3) */
    static ApiException tooManyRequests(String message, long retryAfterSeconds) {
        return new ApiException(429, 20429, message, Map.of("Retry-After", Long.toString(retryAfterSeconds)));
    }

    /** @param retryAfterSeconds whole seconds, at least 1 */
    static ApiException unavailable(String message, long retryAfterSeconds) {
        return new ApiException(503, 20503, message, Map.of("Retry-After", Long.toString(retryAfterSeconds)));
    }

    /** @param allow the methods the path answers, as the {@code Allow} header lists them */
    static ApiException methodNotAllowed(String allow) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Allow", allow);
        return new ApiException(405, 20004, "The method is not allowed on this resource; see the Allow header",
                headers);
    }

    int status() {
        return status;
    }

    int code() {
        return code;
    }

    /** @return headers to add to the error response; never null */
    Map<String, String> headers() {
        return headers;
    }
}
