package dev.flextoken.adapter.crypto.jose4j;

import dev.flextoken.application.port.out.OpenTokenPort.Opened;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import static dev.flextoken.adapter.crypto.jose4j.Fixtures.janesClaims;
import static dev.flextoken.adapter.crypto.jose4j.Fixtures.keySet;
import static dev.flextoken.adapter.crypto.jose4j.Fixtures.merge;
import static dev.flextoken.adapter.crypto.jose4j.Fixtures.nextRandom;
import static dev.flextoken.adapter.crypto.jose4j.Fixtures.withMember;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class KeyFileWatcherTest {

    private static final Duration FAST = Duration.ofMillis(10);

    /** A bound on waiting for the watcher thread, not a performance expectation. */
    private static final Duration PATIENCE = Duration.ofSeconds(10);

    private static final String OLD_KEYS = keySet("dir", "old", 41);
    private static final String NEW_KEYS = keySet("A256KW", "new", 42);

    @TempDir
    Path dir;

    private static boolean eventually(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (System.nanoTime() < deadline) {
            if (condition.getAsBoolean()) {
                return true;
            }
            Thread.sleep(5);
        }
        return condition.getAsBoolean();
    }

    private static byte[] digest(String content) {
        return KeyFileWatcher.sha256(content.getBytes(StandardCharsets.UTF_8));
    }

    /** Writes beside the file, then renames over it, as editors and secret mounts do. */
    private void replace(Path file, String content) throws Exception {
        Path temporary = Files.writeString(dir.resolve("keys.json.tmp"), content);
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    @Test
    void watchForChangesWhenFileRotatedThenNewKeySealsAndOldTokensStillOpen() throws Exception {
        Path file = Files.writeString(dir.resolve("keys.json"), OLD_KEYS);
        try (JoseTokenCrypto crypto = JoseTokenCrypto.fromFile(file, nextRandom()).watchForChanges(FAST)) {
            String oldToken = crypto.seal(janesClaims());

            replace(file, merge(NEW_KEYS, OLD_KEYS));

            assertThat(eventually(() -> crypto.sealingKeyId().equals("new"))).isTrue();
            assertThat(crypto.open(oldToken)).isEqualTo(new Opened(janesClaims()));
            assertThat(Fixtures.header(crypto.seal(janesClaims())).get("kid").asText()).isEqualTo("new");
        }
    }

    @Test
    void watchForChangesWhenChangedFilesAreRefusedThenPreviousSetStaysInUse() throws Exception {
        Path file = Files.writeString(dir.resolve("keys.json"), OLD_KEYS);
        try (JoseTokenCrypto crypto = JoseTokenCrypto.fromFile(file, nextRandom()).watchForChanges(FAST)) {
            KeyFileWatcher watcher = crypto.watcher().orElseThrow();
            String token = crypto.seal(janesClaims());
            String shortKey = withMember(NEW_KEYS, "k", "AAAAAAAAAAAAAAAAAAAAAA");
            String[][] refusals = {
                {"{\"keys\": [", "not valid JSON"},
                {shortKey, "is 128 bits"},
                {merge(NEW_KEYS, keySet("dir", "new", 43)), "share the kid \"new\""},
                {withMember(NEW_KEYS, "kid", null), "no \"kid\""},
                {"{\"keys\": []}", "holds no key"},
            };

            for (String[] refusal : refusals) {
                replace(file, refusal[0]);

                assertThat(eventually(() -> watcher.lastRefusal().filter(p -> p.contains(refusal[1])).isPresent()))
                        .as("refusal naming '%s'", refusal[1]).isTrue();
                assertThat(crypto.sealingKeyId()).isEqualTo("old");
                assertThat(crypto.open(token)).isEqualTo(new Opened(janesClaims()));
            }
            assertThat(watcher.reloads()).isZero();

            replace(file, NEW_KEYS);

            assertThat(eventually(() -> crypto.sealingKeyId().equals("new"))).isTrue();
            assertThat(watcher.reloads()).isEqualTo(1);
            assertThat(watcher.lastRefusal()).isEmpty();
        }
    }

    @Test
    void watchForChangesWhenNewKeysPrivatePartDoesNotMatchThenPreviousSetStaysInUse() throws Exception {
        Path file = Files.writeString(dir.resolve("keys.json"), OLD_KEYS);
        try (JoseTokenCrypto crypto = JoseTokenCrypto.fromFile(file, nextRandom()).watchForChanges(FAST)) {
            KeyFileWatcher watcher = crypto.watcher().orElseThrow();
            String rsa = KeySetLoadingTest.withPrivateMembersOf(keySet("RSA-OAEP-256", "rsa", 44),
                    keySet("RSA-OAEP-256", "other", 45), "d");
            String ec = KeySetLoadingTest.withPrivateMembersOf(keySet("ECDH-ES+A256KW", "ec", 46),
                    keySet("ECDH-ES+A256KW", "other", 47), "d");

            String[] mismatched = {merge(rsa, OLD_KEYS), merge(ec, OLD_KEYS)};

            for (int i = 0; i < mismatched.length; i++) {
                int reloads = i;
                replace(file, mismatched[i]);

                assertThat(eventually(() -> watcher.lastRefusal().filter(p -> p.contains("not match")).isPresent()))
                        .isTrue();
                assertThat(crypto.sealingKeyId()).isEqualTo("old");
                assertThat(crypto.open(crypto.seal(janesClaims()))).isEqualTo(new Opened(janesClaims()));

                replace(file, OLD_KEYS);
                assertThat(eventually(() -> watcher.reloads() == reloads + 1)).isTrue();
            }
        }
    }

    @Test
    void pollWhenFileDeletedThenRefusedAndLoadedAgainOnceBack() throws Exception {
        Path file = Files.writeString(dir.resolve("keys.json"), OLD_KEYS);
        try (JoseTokenCrypto crypto = JoseTokenCrypto.fromFile(file, nextRandom())) {
            KeyFileWatcher watcher = new KeyFileWatcher(file, digest(OLD_KEYS), keys -> { });

            Files.delete(file);
            watcher.poll();

            assertThat(watcher.lastRefusal()).hasValueSatisfying(p -> assertThat(p).contains("cannot be read"));

            Files.writeString(file, NEW_KEYS);
            watcher.poll();

            assertThat(watcher.lastRefusal()).isEmpty();
            assertThat(watcher.reloads()).isEqualTo(1);
            assertThat(crypto.sealingKeyId()).isEqualTo("old");
        }
    }

    @Test
    void pollWhenEmptyFileAppearsAfterMissingOneThenRefusedAgain() throws Exception {
        Path file = dir.resolve("keys.json");
        KeyFileWatcher watcher = new KeyFileWatcher(file, digest(OLD_KEYS), keys -> { });

        watcher.poll();
        Files.writeString(file, "");
        watcher.poll();

        assertThat(watcher.lastRefusal()).hasValueSatisfying(p -> assertThat(p).contains("not a JWK Set"));
    }

    @Test
    void pollWhenFileIsOverOneMebibyteThenRefused() throws Exception {
        Path file = Files.writeString(dir.resolve("keys.json"), NEW_KEYS + " ".repeat(KeyFileWatcher.MAX_BYTES));
        List<KeySet> loaded = new ArrayList<>();
        KeyFileWatcher watcher = new KeyFileWatcher(file, digest(OLD_KEYS), loaded::add);

        watcher.poll();

        assertThat(watcher.lastRefusal()).hasValueSatisfying(p -> assertThat(p).contains("over 1 MiB"));
        assertThat(loaded).isEmpty();
    }

    @Test
    void pollWhenUnchangedSinceLoadThenNothingReloaded() throws Exception {
        Path file = Files.writeString(dir.resolve("keys.json"), OLD_KEYS);
        List<KeySet> loaded = new ArrayList<>();
        KeyFileWatcher watcher = new KeyFileWatcher(file, digest(OLD_KEYS), loaded::add);

        watcher.poll();

        assertThat(loaded).isEmpty();
        assertThat(watcher.lastRefusal()).isEmpty();
    }

    @Test
    void watchForChangesWhenLoadingThrowsAnErrorThenKeepsWatching() throws Exception {
        Path file = Files.writeString(dir.resolve("keys.json"), OLD_KEYS);
        AtomicInteger calls = new AtomicInteger();
        try (KeyFileWatcher watcher = new KeyFileWatcher(file, digest(OLD_KEYS), keys -> {
            calls.incrementAndGet();
            throw new AssertionError("an Error, not an Exception");
        })) {
            watcher.start(FAST);

            replace(file, NEW_KEYS);
            assertThat(eventually(() -> calls.get() == 1)).isTrue();
            replace(file, OLD_KEYS);

            assertThat(eventually(() -> calls.get() == 2)).isTrue();
        }
    }

    @Test
    void watchForChangesWhenKeysDidNotComeFromAFileThenRefused() {
        JoseTokenCrypto crypto = JoseTokenCrypto.ephemeral(nextRandom());

        assertThatThrownBy(crypto::watchForChanges).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void watchForChangesWhenAlreadyWatchingThenRefused() throws Exception {
        Path file = Files.writeString(dir.resolve("keys.json"), OLD_KEYS);
        try (JoseTokenCrypto crypto = JoseTokenCrypto.fromFile(file, nextRandom()).watchForChanges(FAST)) {
            assertThatThrownBy(() -> crypto.watchForChanges(FAST)).isInstanceOf(IllegalStateException.class);
        }
    }

    @Test
    void closeWhenWatchingThenStopsWatchingButKeepsKeys() throws Exception {
        Path file = Files.writeString(dir.resolve("keys.json"), OLD_KEYS);
        JoseTokenCrypto crypto = JoseTokenCrypto.fromFile(file, nextRandom()).watchForChanges(FAST);

        crypto.close();

        assertThat(crypto.watcher()).isEmpty();
        assertThat(crypto.open(crypto.seal(janesClaims()))).isEqualTo(new Opened(janesClaims()));
    }
}
