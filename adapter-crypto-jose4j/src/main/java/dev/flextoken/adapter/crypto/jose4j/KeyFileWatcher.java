package dev.flextoken.adapter.crypto.jose4j;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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

    /** Stands for "could not be read" in {@link #lastSeen}, so that a missing file is reported once. */
    private static final byte[] UNREADABLE = new byte[0];

    private final Path file;
    private final Consumer<KeySet> onChange;
    private final ScheduledExecutorService executor;
    private final AtomicInteger reloads = new AtomicInteger();
    private volatile byte[] lastSeen;
    private volatile String lastRefusal;

    KeyFileWatcher(Path file, byte[] loadedContent, Consumer<KeySet> onChange) {
        this.file = Objects.requireNonNull(file, "file");
        this.lastSeen = loadedContent.clone();
        this.onChange = Objects.requireNonNull(onChange, "onChange");
        this.executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "flex-token-key-watcher");
            thread.setDaemon(true);
            return thread;
        });
    }

    void start(Duration interval) {
        long millis = Math.max(1, interval.toMillis());
        executor.scheduleWithFixedDelay(this::pollSafely, millis, millis, TimeUnit.MILLISECONDS);
        LOG.info("Watching the key file {} for changes every {} ms", file, millis);
    }

    private void pollSafely() {
        try {
            poll();
        } catch (RuntimeException e) {
            // An exception would cancel the schedule silently; keep watching and say why once.
            LOG.warn("Checking the key file {} failed ({}); the previous key set stays in use", file,
                    e.getClass().getSimpleName());
        }
    }

    /** One check: reload when the content changed. Package-private so that tests may drive it. */
    void poll() {
        byte[] content;
        try {
            content = Files.readAllBytes(file);
        } catch (IOException e) {
            if (lastSeen != UNREADABLE) {
                lastSeen = UNREADABLE;
                refuse("it cannot be read (" + e.getClass().getSimpleName() + ")");
            }
            return;
        }
        if (Arrays.equals(content, lastSeen)) {
            return;
        }
        lastSeen = content;

        KeySet keys;
        try {
            keys = KeySet.parse(new String(content, StandardCharsets.UTF_8));
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

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
