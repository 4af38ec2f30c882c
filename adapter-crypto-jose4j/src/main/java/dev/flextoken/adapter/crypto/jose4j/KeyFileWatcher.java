package dev.flextoken.adapter.crypto.jose4j;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.ClosedByInterruptException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Polls a key file and hands every changed, valid version to a consumer. A changed file that cannot be read or
 * is refused gets one WARN line (per distinct content) and changes nothing: the previous set stays in use.
 *
 * <p>Polling the content, rather than a WatchService, works the same on every file system (bind mounts and
 * Kubernetes secret volumes swap symlinks that WatchService misses), and a key file is a few KiB.
 */
final class KeyFileWatcher implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(KeyFileWatcher.class);

    /** A key file holds a few KiB; a larger one is a mistake, not worth reading whole. */
    static final int MAX_BYTES = 1024 * 1024;

    /** How long {@link #close()} lets a check in flight finish before interrupting it. */
    private static final Duration CLOSE_PATIENCE = Duration.ofSeconds(2);

    private final Path file;
    private final Consumer<KeySet> onChange;
    private final ScheduledExecutorService executor;
    private final AtomicInteger reloads = new AtomicInteger();
    /** The SHA-256 of the latest version seen, loaded or refused; null while the file cannot be read. */
    private volatile byte[] lastSeen;
    private volatile String lastRefusal;

    /**
     * @param loadedDigest the {@link #sha256(byte[]) digest} of the version in use, so that it is not reloaded
     */
    KeyFileWatcher(Path file, byte[] loadedDigest, Consumer<KeySet> onChange) {
        this.file = Objects.requireNonNull(file, "file");
        this.lastSeen = loadedDigest.clone();
        this.onChange = Objects.requireNonNull(onChange, "onChange");
        this.executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "flex-token-key-watcher");
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * Reads at most one byte more than {@link #MAX_BYTES}, so that {@link #parse(byte[])} can tell a file too
     * large without reading all of it.
     */
    static byte[] read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(MAX_BYTES + 1);
        }
    }

    /** @return the SHA-256 of a key file: what is kept to notice a change, instead of the secret bytes */
    static byte[] sha256(byte[] content) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(content);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("This JVM lacks SHA-256, which Java 17 always has", e);
        }
    }

    /** Parses the bytes {@link #read(Path)} returned, then wipes them. */
    static KeySet parse(byte[] content) throws KeySetRefusal {
        try {
            if (content.length > MAX_BYTES) {
                throw new KeySetRefusal("it is over " + MAX_BYTES / (1024 * 1024) + " MiB; a key file holds a few KiB");
            }
            return KeySet.parse(new String(content, StandardCharsets.UTF_8));
        } finally {
            Arrays.fill(content, (byte) 0);
        }
    }

    void start(Duration interval) {
        long millis = Math.max(1, interval.toMillis());
        executor.scheduleWithFixedDelay(this::pollSafely, millis, millis, TimeUnit.MILLISECONDS);
        LOG.info("Watching the key file {} for changes every {} ms", file, millis);
    }

    private void pollSafely() {
        try {
            poll();
        } catch (VirtualMachineError e) {
            LOG.error("Stopped watching the key file {} ({}); the current key set stays in use", file,
                    e.getClass().getSimpleName());
            throw e;
        } catch (Throwable e) {
            // Anything thrown would cancel the schedule silently; keep watching and say why.
            LOG.warn("Checking the key file {} failed ({}); the previous key set stays in use", file,
                    e.getClass().getSimpleName());
        }
    }

    /** One check: reload when the content changed. Package-private so that tests may drive it. */
    void poll() {
        byte[] content;
        try {
            content = read(file);
        } catch (IOException e) {
            if (e instanceof ClosedByInterruptException || Thread.currentThread().isInterrupted()) {
                // close() stopped this read: nothing is wrong with the file.
                return;
            }
            if (lastSeen != null) {
                lastSeen = null;
                refuse("it cannot be read (" + e.getClass().getSimpleName() + ")");
            }
            return;
        }
        byte[] digest = sha256(content);
        if (Arrays.equals(digest, lastSeen)) {
            Arrays.fill(content, (byte) 0);
            return;
        }
        lastSeen = digest;

        KeySet keys;
        try {
            keys = parse(content);
        } catch (KeySetRefusal refusal) {
            refuse(refusal.getMessage());
            return;
        }
        onChange.accept(keys);
        lastRefusal = null;
        reloads.incrementAndGet();
        LOG.info("Reloaded the key file {}: {} key(s), sealing with kid {}", file, keys.keys().size(),
                keys.sealingKey().kid());
    }

    private void refuse(String problem) {
        lastRefusal = problem;
        LOG.warn("Refused the changed key file {}: {}; the previous key set stays in use", file, problem);
    }

    /** @return how many changed versions were loaded */
    int reloads() {
        return reloads.get();
    }

    /** @return why the latest changed version was refused, or empty when it was loaded */
    Optional<String> lastRefusal() {
        return Optional.ofNullable(lastRefusal);
    }

    /** Stops checking; a check in flight may finish, so that it is not cut off into a false refusal. */
    @Override
    public void close() {
        executor.shutdown();
        try {
            if (!executor.awaitTermination(CLOSE_PATIENCE.toMillis(), TimeUnit.MILLISECONDS)) {
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
