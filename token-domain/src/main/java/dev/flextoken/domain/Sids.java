package dev.flextoken.domain;

import java.util.Locale;

/**
 * Shape checks shared by the SID value types: two prefix letters and 32 hexadecimal digits.
 */
final class Sids {

    static final int LENGTH = 34;

    private Sids() {
    }

    /**
     * Checks the shape of {@code raw} and returns it with its hex digits in lower case.
     *
     * @throws InvalidSidException naming {@code parameter} when the shape or prefix is wrong
     */
    static String normalise(String raw, SidPrefix prefix, String parameter) {
        if (!hasShape(raw, prefix)) {
            throw new InvalidSidException(parameter, prefix);
        }
        return prefix.letters() + raw.substring(2).toLowerCase(Locale.ROOT);
    }

    static boolean hasShape(String raw, SidPrefix prefix) {
        if (raw == null || raw.length() != LENGTH || !raw.startsWith(prefix.letters())) {
            return false;
        }
        for (int i = 2; i < LENGTH; i++) {
            if (!isAsciiHexDigit(raw.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    // Not Character.digit: it also accepts full-width and other non-ASCII digits, which are no SID's.
    private static boolean isAsciiHexDigit(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }
}
