package dev.flextoken.adapter.http;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

import java.nio.ByteBuffer;

/**
 * Jetty's answers to requests that never reach Javalin (a URI with a bad percent-encoding, a header that
 * does not parse, a request line too long), in the Twilio error shape instead of Jetty's HTML page. Jetty's
 * own message is not repeated: it may quote the request.
 */
final class JettyErrors extends ErrorHandler {

    private final JsonCodec json;

    JettyErrors(JsonCodec json) {
        this.json = json;
    }

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
                                    Callback callback) {
        byte[] body = json.bytes(ErrorResponses.body(json, failure(code)));
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, JsonCodec.CONTENT_TYPE);
        response.write(true, ByteBuffer.wrap(body), callback);
    }

    private static ApiException failure(int status) {
        if (status == 404) {
            return ApiException.notFound("The requested resource was not found");
        }
        if (status == 414 || status == 431) {
            return ApiException.of(status, 20001, "The request line or headers are too large");
        }
        if (status >= 400 && status < 500) {
            return ApiException.of(status, 20001, "The request is malformed");
        }
        return ApiException.of(500, 20500, "An unexpected error occurred");
    }
}
