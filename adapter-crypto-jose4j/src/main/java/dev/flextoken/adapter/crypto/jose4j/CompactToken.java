package dev.flextoken.adapter.crypto.jose4j;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;
import java.util.Base64;
import java.util.Optional;

/**
 * A token in JWE compact serialisation (RFC 7516 §7.1), split into its five parts, with the protected header
 * fields this module checks. Only the shape is known to be right; nothing is decrypted yet.
 *
 * <p>{@link #toString()} names the {@code kid}, {@code alg} and {@code enc} only: a token is a credential.
 *
 * @param compact    the token as received
 * @param parts      the five base64url parts: header, encrypted key, IV, ciphertext, tag
 * @param alg        the {@code alg} header, or null when absent or not a string
 * @param enc        the {@code enc} header, or null when absent or not a string
 * @param kid        the {@code kid} header, or null when absent or not a string
 * @param typ        the {@code typ} header, or null when absent or not a string
 * @param compressed whether the header carries {@code zip} (with any value)
 * @param critical   whether the header carries {@code crit} (with any value)
 */
record CompactToken(String compact, String[] parts, String alg, String enc, String kid, String typ, boolean compressed,
                    boolean critical) {

    /** Far above any token we issue (about 1 KiB with RSA), low enough to bound the work on garbage. */
    static final int MAX_LENGTH = 16 * 1024;

    private static final int PART_COUNT = 5;

    @Override
    public String toString() {
        return "CompactToken[kid=" + kid + ", alg=" + alg + ", enc=" + enc + "]";
    }

    /**
     * @return the split token, or empty when it is not five base64url parts with a JSON object as header
     */
    static Optional<CompactToken> parse(String token) {
        if (token == null || token.isEmpty() || token.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        String[] parts = split(token);
        if (parts == null) {
            return Optional.empty();
        }

        byte[] header;
        try {
            header = Base64.getUrlDecoder().decode(parts[0]);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        return readHeader(token, parts, header);
    }

    /** @return the five parts, or null when there are not exactly five or one holds a non-base64url character */
    private static String[] split(String token) {
        String[] parts = new String[PART_COUNT];
        int start = 0;
        int index = 0;
        for (int i = 0; i <= token.length(); i++) {
            if (i == token.length() || token.charAt(i) == '.') {
                if (index == PART_COUNT) {
                    return null;
                }
                String part = token.substring(start, i);
                if (!isCanonicalBase64Url(part)) {
                    return null;
                }
                parts[index++] = part;
                start = i + 1;
            } else if (!isBase64Url(token.charAt(i))) {
                return null;
            }
        }
        return index == PART_COUNT && !parts[0].isEmpty() ? parts : null;
    }

    /**
     * Unpadded base64url is never 1 more than a multiple of 4 long, and the bits its last character carries
     * beyond the last byte must be zero (RFC 4648 §3.5, §5). Decoders ignore those bits, so without this check
     * a token with a changed last character would still open: a tampered token must not.
     */
    private static boolean isCanonicalBase64Url(String part) {
        int unusedBits = switch (part.length() % 4) {
            case 1 -> -1;
            case 2 -> 4;
            case 3 -> 2;
            default -> 0;
        };
        if (unusedBits < 0) {
            return false;
        }
        return unusedBits == 0 || (valueOf(part.charAt(part.length() - 1)) & ((1 << unusedBits) - 1)) == 0;
    }

    private static int valueOf(char c) {
        if (c >= 'A' && c <= 'Z') {
            return c - 'A';
        }
        if (c >= 'a' && c <= 'z') {
            return c - 'a' + 26;
        }
        if (c >= '0' && c <= '9') {
            return c - '0' + 52;
        }
        return c == '-' ? 62 : 63;
    }

    private static boolean isBase64Url(char c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '_';
    }

    private static Optional<CompactToken> readHeader(String token, String[] parts, byte[] header) {
        String alg = null;
        String enc = null;
        String kid = null;
        String typ = null;
        boolean compressed = false;
        boolean critical = false;
        try (JsonParser json = StrictJson.FACTORY.createParser(header)) {
            if (json.nextToken() != JsonToken.START_OBJECT) {
                return Optional.empty();
            }
            while (json.nextToken() == JsonToken.FIELD_NAME) {
                String name = json.currentName();
                JsonToken value = json.nextToken();
                String text = value == JsonToken.VALUE_STRING ? json.getText() : null;
                switch (name) {
                    case "alg" -> alg = text;
                    case "enc" -> enc = text;
                    case "kid" -> kid = text;
                    case "typ" -> typ = text;
                    case "zip" -> compressed = true;
                    case "crit" -> critical = true;
                    default -> { }
                }
                json.skipChildren();
            }
            if (json.currentToken() != JsonToken.END_OBJECT || json.nextToken() != null) {
                return Optional.empty();
            }
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
        return Optional.of(new CompactToken(token, parts, alg, enc, kid, typ, compressed, critical));
    }
}
