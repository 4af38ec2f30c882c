package dev.flextoken.adapter.persistence.inmemory;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;

/**
 * Reads a data file into a tree, strictly: one JSON value, no comments, no duplicate keys.
 *
 * <p>Jackson's own messages quote the text they choke on, which may be a secret written without quotes, so
 * they are never passed on, neither as text nor as a cause: failures are reported by position and JSON path,
 * or by the name of the failure's class when the text cannot be decoded at all.
 */
final class StrictJson {

    private static final JsonFactory FACTORY = JsonFactory.builder().build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final String source;

    StrictJson(String source) {
        this.source = source;
    }

    /** @throws InvalidDataFileException when the bytes are not one strict JSON value */
    JsonNode parse(byte[] json) {
        try {
            return parse(FACTORY.createParser(json));
        } catch (IOException unreadable) {
            throw unreadable(unreadable);
        }
    }

    /** @throws InvalidDataFileException when the text is not one strict JSON value */
    JsonNode parse(String json) {
        try {
            return parse(FACTORY.createParser(json));
        } catch (IOException unreadable) {
            throw unreadable(unreadable);
        }
    }

    // Named by its class only, and not kept as the cause: a bad UTF-32 file, for one, gets a message that
    // quotes its bytes in hex.
    private InvalidDataFileException unreadable(IOException failure) {
        return new InvalidDataFileException(source, "",
                "cannot be read as JSON text (" + failure.getClass().getSimpleName() + ")");
    }

    private JsonNode parse(JsonParser parser) throws IOException {
        try (parser) {
            if (parser.nextToken() == null) {
                throw new InvalidDataFileException(source, "", "is empty; expected a JSON object");
            }
            JsonNode root = readValue(parser, "");

            if (parser.nextToken() != null) {
                throw new InvalidDataFileException(source, "",
                        "has more content after the top-level value, at " + position(parser.currentTokenLocation()));
            }
            return root;
        } catch (StreamReadException malformed) {
            // The cause stays behind on purpose: its message may quote the offending text.
            String problem = (malformed instanceof JsonEOFException ? "ends before the JSON is complete"
                    : "is not valid JSON") + ", at " + position(malformed.getLocation());
            throw new InvalidDataFileException(source, pathOf(parser.getParsingContext()), problem);
        }
    }

    private JsonNode readValue(JsonParser parser, String path) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == null) {
            throw new InvalidDataFileException(source, path, "ends before the JSON is complete");
        }
        switch (token) {
            case START_OBJECT:
                return readObject(parser, path);
            case START_ARRAY:
                return readArray(parser, path);
            case VALUE_STRING:
                return NODES.textNode(parser.getText());
            case VALUE_NUMBER_INT:
                return parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER
                        ? NODES.numberNode(parser.getBigIntegerValue())
                        : NODES.numberNode(parser.getLongValue());
            case VALUE_NUMBER_FLOAT:
                return NODES.numberNode(parser.getDoubleValue());
            case VALUE_TRUE:
                return NODES.booleanNode(true);
            case VALUE_FALSE:
                return NODES.booleanNode(false);
            case VALUE_NULL:
                return NODES.nullNode();
            default:
                throw new InvalidDataFileException(source, path,
                        "is not valid JSON, at " + position(parser.currentTokenLocation()));
        }
    }

    private ObjectNode readObject(JsonParser parser, String path) throws IOException {
        ObjectNode object = NODES.objectNode();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            String fieldPath = path.isEmpty() ? name : path + "." + name;

            // Jackson would keep the last of two equal keys; a data file that says two things is refused.
            if (object.has(name)) {
                throw new InvalidDataFileException(source, fieldPath,
                        "appears twice in the same object, at " + position(parser.currentTokenLocation()));
            }
            parser.nextToken();
            object.set(name, readValue(parser, fieldPath));
        }
        return object;
    }

    private ArrayNode readArray(JsonParser parser, String path) throws IOException {
        ArrayNode array = NODES.arrayNode();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            array.add(readValue(parser, path + "[" + array.size() + "]"));
        }
        return array;
    }

    /** The path of the value the parser was reading, in the same notation as the validation messages. */
    private static String pathOf(JsonStreamContext context) {
        StringBuilder path = new StringBuilder();
        for (JsonStreamContext at = context; at != null && !at.inRoot(); at = at.getParent()) {
            if (at.inArray()) {
                // Before its first element an array has no index yet: the array itself is at fault.
                if (at.hasCurrentIndex()) {
                    path.insert(0, "[" + at.getCurrentIndex() + "]");
                }
            } else if (at.getCurrentName() != null) {
                String separator = at.getParent() != null && at.getParent().inRoot() ? "" : ".";
                path.insert(0, separator + at.getCurrentName());
            }
        }
        return path.toString();
    }

    private static String position(JsonLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return "an unknown position";
        }
        return "line " + location.getLineNr() + ", column " + location.getColumnNr();
    }
}
