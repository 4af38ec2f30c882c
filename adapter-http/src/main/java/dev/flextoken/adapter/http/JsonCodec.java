package dev.flextoken.adapter.http;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * Reads and writes the API's JSON with one strictly configured Jackson mapper.
 *
 * <p>Reading refuses duplicate keys and anything after the top-level value; responses are built as trees so
 * that their keys come in the documented order.
 */
final class JsonCodec {

    static final String CONTENT_TYPE = "application/json; charset=utf-8";

    /**
     * The parser's limits, Jackson's defaults, given to the mapper so that the message below tells the limits in
     * force. Only the number length and the nesting depth can be reached within the body size limit.
     */
    private static final StreamReadConstraints CONSTRAINTS = StreamReadConstraints.defaults();
    private static final String LIMITS = "The request body exceeds the limits of the JSON parser: numbers of at "
            + "most " + CONSTRAINTS.getMaxNumberLength() + " digits, nesting at most "
            + CONSTRAINTS.getMaxNestingDepth() + " levels deep";

    private final ObjectMapper mapper = JsonMapper.builder(
                    JsonFactory.builder().streamReadConstraints(CONSTRAINTS).build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    ObjectNode object() {
        return mapper.createObjectNode();
    }

    ArrayNode array() {
        return mapper.createArrayNode();
    }

    /**
     * @param text the whole body, already decoded from UTF-8
     * @return the body's top-level object
     * @throws ApiException 400 when the text is not exactly one JSON object
     */
    ObjectNode readObject(String text) {
        JsonNode node;
        try {
            node = mapper.readTree(text);
        } catch (StreamConstraintsException overLimits) {
            // Valid JSON, maybe, but beyond what the parser takes on: saying "invalid" would mislead.
            throw ApiException.invalidParameter(LIMITS);
        } catch (JacksonException invalid) {
            // Jackson's message quotes the input: say what is wrong without it.
            throw ApiException.invalidParameter("The request body must be valid JSON, with no duplicate key and "
                    + "nothing after the top-level value");
        }
        if (node == null || !node.isObject()) {
            throw ApiException.invalidParameter("The request body must be a JSON object");
        }
        return (ObjectNode) node;
    }

    /** Writes {@code body} as the whole response, with the JSON content type. */
    void write(Context ctx, int status, JsonNode body) {
        ctx.status(status).contentType(CONTENT_TYPE).result(bytes(body));
    }

    /** @return {@code body} as UTF-8 JSON */
    byte[] bytes(JsonNode body) {
        try {
            return mapper.writeValueAsBytes(body);
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
    }

    /** @return the instant as ISO-8601 UTC with whole seconds, such as {@code 2025-10-23T16:22:26Z} */
    static String date(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }
}
