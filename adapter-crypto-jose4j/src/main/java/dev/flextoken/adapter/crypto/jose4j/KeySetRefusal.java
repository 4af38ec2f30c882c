package dev.flextoken.adapter.crypto.jose4j;

/**
 * Why a key set text was refused, in words safe for a log line: positions, {@code kid}s and sizes, never key
 * material. Checked, so that every caller decides between failing the start and keeping the previous set.
 */
final class KeySetRefusal extends Exception {

    KeySetRefusal(String problem) {
        super(problem, null, false, false);
    }
}
