package dev.flextoken.adapter.crypto.jose4j;

import dev.flextoken.application.port.out.OpenTokenPort;
import dev.flextoken.application.port.out.ReportReadinessPort;
import dev.flextoken.application.port.out.SealTokenPort;
import dev.flextoken.domain.TokenClaims;
import dev.flextoken.domain.TokenRejection;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.PublicJsonWebKey;
import org.jose4j.lang.JoseException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Path;
import java.security.Key;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Seals and opens Flex user tokens (compact JWE, DESIGN.md §4) with the keys of a JWK Set (DESIGN.md §5).
 *
 * <p>The first key of the set seals; every key opens the tokens that name its {@code kid}, with its own
 * algorithm only. Accepted: {@code dir}, {@code A256KW}, {@code RSA-OAEP-256} (2048 bits or more) and
 * {@code ECDH-ES+A256KW} (P-256), each with {@code A256GCM}; nothing else, and no compression.
 *
 * <p>A set loaded from a file can be {@linkplain #watchForChanges(Duration) watched}: a changed file is loaded
 * without a restart, and a changed file that is refused leaves the previous set in use (one WARN line says why).
 * Thread-safe. Randomness (IVs, content keys, ECDH ephemeral keys, generated keys) comes only from the
 * {@link SecureRandom} given to the factory. {@link #close()} stops the watcher, if any.
 */
public final class JoseTokenCrypto implements SealTokenPort, OpenTokenPort, ReportReadinessPort, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(JoseTokenCrypto.class);

    /** How often a watched file is checked when no interval is given. */
    public static final Duration DEFAULT_WATCH_INTERVAL = Duration.ofSeconds(1);

    private final AtomicReference<KeySet> keys;
    private final JweCodec jwe;
    private final Path file;
    /** The SHA-256 of the loaded key file, or null; the file's bytes are not kept. */
    private final byte[] loadedDigest;
    private KeyFileWatcher watcher;

    private JoseTokenCrypto(KeySet keys, SecureRandom random, Path file, byte[] loadedDigest) {
        this.keys = new AtomicReference<>(keys);
        this.jwe = new JweCodec(random);
        this.file = file;
        this.loadedDigest = loadedDigest;
    }

    /**
     * Uses the keys of a JWK Set text.
     *
     * @param json   the JWK Set, private parts included; not null
     * @param random the source of every random byte this instance needs
     * @throws NullPointerException   when {@code json} or {@code random} is null
     * @throws InvalidKeySetException when the set does not parse or breaks a rule, saying which and why
     */
    public static JoseTokenCrypto fromJwkSet(String json, SecureRandom random) {
        Objects.requireNonNull(json, "json: the JWK Set text must not be null");
        Objects.requireNonNull(random, "random");
        try {
            return new JoseTokenCrypto(KeySet.parse(json), random, null, null);
        } catch (KeySetRefusal refusal) {
            throw new InvalidKeySetException("The key set is refused: " + refusal.getMessage());
        }
    }

    /**
     * Loads the JWK Set file; call {@link #watchForChanges()} to follow later edits.
     *
     * @param keysFile the JWK Set file, UTF-8
     * @param random   the source of every random byte this instance needs
     * @throws InvalidKeySetException when the file cannot be read, is over 1 MiB, does not parse or breaks a rule;
     *                                the message names the file and the problem
     */
    public static JoseTokenCrypto fromFile(Path keysFile, SecureRandom random) {
        Objects.requireNonNull(keysFile, "keysFile");
        Objects.requireNonNull(random, "random");
        byte[] content;
        try {
            content = KeyFileWatcher.read(keysFile);
        } catch (IOException e) {
            throw new InvalidKeySetException("The key file " + keysFile + " cannot be read ("
                    + e.getClass().getSimpleName() + ")", e);
        }

        byte[] digest = KeyFileWatcher.sha256(content);

        try {
            KeySet keys = KeyFileWatcher.parse(content);
            LOG.info("Loaded the key file {}: {} key(s), sealing with kid {}", keysFile, keys.keys().size(),
                    keys.sealingKey().kid());
            return new JoseTokenCrypto(keys, random, keysFile, digest);
        } catch (KeySetRefusal refusal) {
            throw new InvalidKeySetException("The key file " + keysFile + " is refused: " + refusal.getMessage());
        }
    }

    /**
     * Makes one fresh 256-bit {@code dir} key with a random {@code kid}. Its tokens do not survive a restart;
     * saying so is the caller's to do.
     *
     * @param random the source of the key and of every random byte this instance needs
     */
    public static JoseTokenCrypto ephemeral(SecureRandom random) {
        return fromJwkSet(generateKeySet(KeyAlgorithm.DIR.headerName(), Optional.empty(), random), random);
    }

    /**
     * Makes a JWK Set text holding one fresh key, private parts included, for {@code keys generate}.
     *
     * @param alg    one of {@code dir}, {@code A256KW}, {@code RSA-OAEP-256}, {@code ECDH-ES+A256KW}
     * @param kid    the key's id, or empty for 96 random bits in base64url
     * @param random the source of the key and of a random kid
     * @return pretty-printed JSON ending with a newline; secret, never to be logged
     * @throws IllegalArgumentException when {@code alg} is not supported or {@code kid} is blank, naming the option
     */
    public static String generateKeySet(String alg, Optional<String> kid, SecureRandom random) {
        Objects.requireNonNull(kid, "kid");
        Objects.requireNonNull(random, "random");
        KeyAlgorithm algorithm = KeyAlgorithm.fromHeaderName(alg).orElseThrow(() -> new IllegalArgumentException(
                "The option 'alg' must be one of " + KeyAlgorithm.supportedNames()));
        return KeySetGenerator.generate(algorithm, kid, random);
    }

    /** Watches the key file, checking it every {@link #DEFAULT_WATCH_INTERVAL}. */
    public JoseTokenCrypto watchForChanges() {
        return watchForChanges(DEFAULT_WATCH_INTERVAL);
    }

    /**
     * Starts a daemon thread that checks the key file every {@code interval} and loads it when it changed.
     *
     * @return this instance
     * @throws IllegalStateException when the keys did not come from a file, or a watcher already runs
     */
    public synchronized JoseTokenCrypto watchForChanges(Duration interval) {
        Objects.requireNonNull(interval, "interval");
        if (file == null) {
            throw new IllegalStateException("Only a key set loaded from a file can be watched");
        }
        if (watcher != null) {
            throw new IllegalStateException("The key file " + file + " is already watched");
        }
        watcher = new KeyFileWatcher(file, loadedDigest, keys::set);
        watcher.start(interval);
        return this;
    }

    /** @return the {@code kid} of the key that seals new tokens now */
    public String sealingKeyId() {
        return keys.get().sealingKey().kid();
    }

    @Override
    public String seal(TokenClaims claims) {
        Objects.requireNonNull(claims, "claims");
        TokenKey key = keys.get().sealingKey();
        return jwe.seal(key, ClaimsCodec.write(claims));
    }

    @Override
    public OpenedToken open(String compactToken) {
        Optional<CompactToken> parsed = CompactToken.parse(compactToken);
        if (parsed.isEmpty()) {
            return refused(TokenRejection.MALFORMED);
        }
        CompactToken token = parsed.get();
        Optional<TokenKey> key = keys.get().find(token.kid());
        if (key.isEmpty()) {
            return refused(TokenRejection.UNKNOWN_KEY);
        }

        JweCodec.Opening opening = jwe.decrypt(token, key.get());
        if (opening instanceof JweCodec.Opening.Refused refusal) {
            return refused(refusal.reason());
        }
        byte[] plaintext = ((JweCodec.Opening.Decrypted) opening).plaintext();

        if (!JweCodec.TOKEN_TYPE.equals(token.typ())) {
            return refused(TokenRejection.WRONG_TYPE);
        }
        return ClaimsCodec.read(plaintext)
                .<OpenedToken>map(Opened::new)
                .orElseGet(() -> refused(TokenRejection.MALFORMED));
    }

    /**
     * Opens with one given JWK instead of the key set, skipping the {@code kid}, {@code typ} and claims checks:
     * the hook for conformance vectors (Wycheproof), which carry none of those.
     *
     * @param keyAlgorithm the {@code alg} the key serves; a token naming another is refused
     * @throws IllegalArgumentException when the JWK does not parse
     */
    static JweCodec.Opening openWithJwk(String token, String jwk, String keyAlgorithm, Set<String> algorithms,
                                        Set<String> contentAlgorithms, SecureRandom random) {
        Key key;
        try {
            JsonWebKey parsed = JsonWebKey.Factory.newJwk(jwk);
            key = parsed instanceof PublicJsonWebKey pair ? pair.getPrivateKey() : parsed.getKey();
        } catch (JoseException e) {
            throw new IllegalArgumentException("The JWK does not parse", e);
        }

        Optional<CompactToken> parsed = CompactToken.parse(token);
        if (parsed.isEmpty()) {
            return new JweCodec.Opening.Refused(TokenRejection.MALFORMED);
        }
        return new JweCodec(random).decrypt(parsed.get(), key, keyAlgorithm, algorithms, contentAlgorithms);
    }

    private static OpenedToken refused(TokenRejection reason) {
        LOG.debug("Refused a token: {}", reason);
        return new Refused(reason);
    }

    /**
     * @return always true: every factory fails rather than return an instance without keys, and a reload only
     *         ever replaces the set by another checked one
     */
    @Override
    public boolean isReady() {
        return true;
    }

    /** Stops the watcher, if one runs; sealing and opening keep working with the current set. */
    @Override
    public synchronized void close() {
        if (watcher != null) {
            watcher.close();
            watcher = null;
        }
    }

    /** @return the watcher, for tests that wait for a reload */
    synchronized Optional<KeyFileWatcher> watcher() {
        return Optional.ofNullable(watcher);
    }
}
