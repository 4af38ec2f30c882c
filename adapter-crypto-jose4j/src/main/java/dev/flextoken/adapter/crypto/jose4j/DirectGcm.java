package dev.flextoken.adapter.crypto.jose4j;

import com.fasterxml.jackson.core.JsonGenerator;

import javax.crypto.Cipher;
import javax.crypto.NoSuchPaddingException;
import javax.crypto.spec.GCMParameterSpec;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;

/**
 * The lean path for {@code dir} + {@code A256GCM}: JCA AES/GCM straight on the key, the way RFC 7516 §5.1 and
 * RFC 7518 §5.3 describe it, without jose4j's per-call header handling. Tokens are the same bytes jose4j would
 * make and open; tests prove it both ways.
 */
final class DirectGcm {

    private static final int TAG_BYTES = 16;
    private static final int TAG_BITS = TAG_BYTES * 8;

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    /** Cipher.getInstance costs a provider lookup; one instance per thread, re-initialised per call. */
    private static final ThreadLocal<Cipher> CIPHERS = ThreadLocal.withInitial(DirectGcm::newCipher);

    private DirectGcm() {
    }

    /**
     * @return the base64url protected header a key seals with; computed once per key
     */
    static String protectedHeader(KeyAlgorithm algorithm, String kid) {
        StringWriter json = new StringWriter();
        try (JsonGenerator header = StrictJson.FACTORY.createGenerator(json)) {
            header.writeStartObject();
            header.writeStringField("alg", algorithm.headerName());
            header.writeStringField("enc", KeyAlgorithm.CONTENT_ENCRYPTION);
            header.writeStringField("kid", kid);
            header.writeStringField("typ", JweCodec.TOKEN_TYPE);
            header.writeEndObject();
        } catch (IOException e) {
            throw new IllegalStateException("A header could not be written to memory", e);
        }
        return ENCODER.encodeToString(json.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** @return a compact JWE: header, empty encrypted key (RFC 7516 §5.1 step 2 for dir), IV, ciphertext, tag */
    static String seal(String encodedHeader, Key key, byte[] plaintext, SecureRandom random) {
        byte[] iv = new byte[KeyAlgorithm.GCM_IV_BYTES];
        random.nextBytes(iv);

        byte[] sealed;
        try {
            Cipher cipher = CIPHERS.get();
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
            // RFC 7516 §5.1 step 14: the AAD is the ASCII of the encoded protected header.
            cipher.updateAAD(encodedHeader.getBytes(StandardCharsets.US_ASCII));
            sealed = cipher.doFinal(plaintext);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM refused a checked 256-bit key", e);
        }

        int textLength = sealed.length - TAG_BYTES;
        byte[] ciphertext = Arrays.copyOfRange(sealed, 0, textLength);
        byte[] tag = Arrays.copyOfRange(sealed, textLength, sealed.length);
        // Header, two dots, 16 chars of IV, a dot, the ciphertext's unpadded base64url, a dot, 22 chars of tag.
        return new StringBuilder(encodedHeader.length() + 42 + (textLength * 4 + 2) / 3)
                .append(encodedHeader).append("..")
                .append(ENCODER.encodeToString(iv)).append('.')
                .append(ENCODER.encodeToString(ciphertext)).append('.')
                .append(ENCODER.encodeToString(tag))
                .toString();
    }

    /**
     * Decrypts a {@code dir} + {@code A256GCM} token whose header has been checked.
     *
     * @return the plaintext, or empty when the parts have the wrong sizes or the tag does not verify
     */
    static Optional<byte[]> open(CompactToken token, Key key) {
        String[] parts = token.parts();
        if (!parts[1].isEmpty() || token.critical()) {
            // RFC 7516 §5.2 step 10: dir has no encrypted key. jose4j understands no crit header; neither do we.
            return Optional.empty();
        }
        try {
            byte[] iv = DECODER.decode(parts[2]);
            byte[] ciphertext = DECODER.decode(parts[3]);
            byte[] tag = DECODER.decode(parts[4]);
            if (iv.length != KeyAlgorithm.GCM_IV_BYTES || tag.length != TAG_BYTES) {
                return Optional.empty();
            }

            byte[] sealed = Arrays.copyOf(ciphertext, ciphertext.length + TAG_BYTES);
            System.arraycopy(tag, 0, sealed, ciphertext.length, TAG_BYTES);

            Cipher cipher = CIPHERS.get();
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(parts[0].getBytes(StandardCharsets.US_ASCII));
            return Optional.of(cipher.doFinal(sealed));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            // A tag that does not verify (AEADBadTagException) or a part that is not base64url: one answer.
            return Optional.empty();
        }
    }

    private static Cipher newCipher() {
        try {
            return Cipher.getInstance("AES/GCM/NoPadding");
        } catch (NoSuchAlgorithmException | NoSuchPaddingException e) {
            throw new IllegalStateException("This JVM lacks AES/GCM, which Java 17 always has", e);
        }
    }
}
