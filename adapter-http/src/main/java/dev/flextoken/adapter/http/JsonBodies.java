package dev.flextoken.adapter.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Reads a request body as one JSON object, refusing what a strict JSON API must refuse.
 *
 * <p>In this order: a body over the limit is a 413 (checked on {@code Content-Length} before reading, and on
 * the bytes actually read, since a chunked body declares no length); an <em>empty</em> body reads as the
 * empty object whatever its content type, because {@code curl -X POST} without {@code --data} sends no body
 * and no JSON content type, and the Tokens route documents an empty body as "use the default TTL"; a non-empty
 * body needs the media type {@code application/json} (parameters such as {@code charset} are allowed), else
 * 415; then it must be valid UTF-8 (RFC 8259 §8.1) and exactly one JSON object, else 400.
 */
final class JsonBodies {

    private final int maxBytes;
    private final JsonCodec json;

    /** @param maxBytes the largest body accepted, in bytes */
    JsonBodies(int maxBytes, JsonCodec json) {
        this.maxBytes = maxBytes;
        this.json = json;
    }

    /**
     * @return the body's object, or an empty object when the body is empty; never null
     * @throws ApiException 413, 415 or 400 as described on the class
     */
    ObjectNode readObject(Context ctx) {
        byte[] bytes = readLimited(ctx);
        if (bytes.length == 0) {
            return json.object();
        }

        if (!isJson(ctx.req().getContentType())) {
            throw ApiException.of(415, 20001, "The request body must have the content type application/json");
        }

        return json.readObject(decodeUtf8(bytes));
    }

    private byte[] readLimited(Context ctx) {
        if (ctx.req().getContentLengthLong() > maxBytes) {
            throw tooLarge();
        }

        byte[] bytes;
        try (InputStream in = ctx.req().getInputStream()) {
            bytes = in.readNBytes(maxBytes + 1);
        } catch (IOException unreadable) {
            throw ApiException.invalidParameter("The request body could not be read");
        }
        if (bytes.length > maxBytes) {
            throw tooLarge();
        }
        return bytes;
    }

    private ApiException tooLarge() {
        return ApiException.of(413, 20001, "The request body must not exceed " + maxBytes + " bytes");
    }

    private static boolean isJson(String contentType) {
        if (contentType == null) {
            return false;
        }
        int parameters = contentType.indexOf(';');
        String mediaType = parameters < 0 ? contentType : contentType.substring(0, parameters);
        return mediaType.trim().toLowerCase(Locale.ROOT).equals("application/json");
    }

    private static String decodeUtf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException invalid) {
            throw ApiException.invalidParameter("The request body must be encoded in UTF-8");
        }
    }
}
