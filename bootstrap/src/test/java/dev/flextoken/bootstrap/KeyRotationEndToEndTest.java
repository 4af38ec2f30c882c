package dev.flextoken.bootstrap;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.flextoken.adapter.crypto.jose4j.JoseTokenCrypto;
import dev.flextoken.application.service.TokenSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Key rotation as the README describes it, on a running server watching its key file: a new key put first,
 * a corrupt file written by mistake, the old key removed.
 */
@Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class KeyRotationEndToEndTest {

    private static final String ACCOUNT = "AC00000000000000000000000000000000";
    private static final String TOKENS =
            "/v4/Instances/GO00000000000000000000000000000000/Users/FU00000000000000000000000000000000/Tokens";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path work;

    private Path keysFile;
    private FlexTokenServer server;
    private ListAppender<ILoggingEvent> logs;
    private final Map<String, JsonNode> generated = new HashMap<>();
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void startServer() throws Exception {
        logs = new ListAppender<>();
        logs.start();
        rootLogger().addAppender(logs);

        keysFile = work.resolve("keys.json");
        Files.writeString(keysFile, keySet("old"));
        server = FlexTokenServer.start(new ServerConfig("127.0.0.1", 0, Optional.of(keysFile), Optional.empty(),
                TokenSettings.defaults()), Clock.systemUTC(), new SecureRandom());
    }

    @AfterEach
    void stopServer() {
        server.close();
        rootLogger().detachAppender(logs);
    }

    @Test
    void rotationWhenNewKeyFirstThenCorruptFileThenOldKeyRemovedThenOldTokensLiveUntilTheirKeyGoes()
            throws Exception {
        String sealedBefore = mint();
        assertThat(kidOf(sealedBefore)).isEqualTo("old");

        replaceKeys(keySet("new", "old"));
        await(() -> kidOf(mint()).equals("new"));
        String sealedAfter = mint();
        assertThat(validate(sealedBefore).get("valid").asBoolean()).isTrue();
        assertThat(validate(sealedAfter).get("valid").asBoolean()).isTrue();

        replaceKeys("{\"keys\": [");
        await(() -> logged("Refused the changed key file"));
        assertThat(kidOf(mint())).isEqualTo("new");
        assertThat(validate(sealedBefore).get("valid").asBoolean()).isTrue();
        assertThat(validate(sealedAfter).get("valid").asBoolean()).isTrue();

        replaceKeys(keySet("new"));
        await(() -> !validate(sealedBefore).get("valid").asBoolean());
        JsonNode refused = validate(sealedBefore);
        assertThat(refused.get("code").asInt()).isEqualTo(20101);
        assertThat(refused.get("message").asText()).contains("key");
        assertThat(validate(sealedAfter).get("valid").asBoolean()).isTrue();
    }

    /** @return a JWK Set of these keys, the first sealing; each kid names one key for the whole test */
    private String keySet(String... kids) throws Exception {
        ObjectNode set = JSON.createObjectNode();
        ArrayNode keys = set.putArray("keys");
        for (String kid : kids) {
            keys.add(generated.computeIfAbsent(kid, KeyRotationEndToEndTest::generateKey));
        }
        return JSON.writeValueAsString(set);
    }

    private static JsonNode generateKey(String kid) {
        String one = JoseTokenCrypto.generateKeySet("dir", Optional.of(kid), new SecureRandom());
        try {
            return JSON.readTree(one).get("keys").get(0);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes beside the file and moves it into place, as an operator's deployment would. */
    private void replaceKeys(String content) throws Exception {
        Path next = Files.writeString(work.resolve("keys.json.next"), content);
        Files.move(next, keysFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private String mint() throws Exception {
        HttpResponse<String> response = send(TOKENS, "");
        assertThat(response.statusCode()).isEqualTo(201);
        return JSON.readTree(response.body()).get("access_token").asText();
    }

    private JsonNode validate(String token) throws Exception {
        HttpResponse<String> response = send("/v1/Accounts/" + ACCOUNT + "/Tokens/validate",
                "{\"token\":\"" + token + "\"}");
        assertThat(response.statusCode()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private HttpResponse<String> send(String path, String body) throws Exception {
        String credentials = ACCOUNT + ":demo-auth-token-not-a-secret";
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .header("Authorization", "Basic "
                        + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (!body.isEmpty()) {
            request.header("Content-Type", "application/json");
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String kidOf(String token) throws Exception {
        return JSON.readTree(Base64.getUrlDecoder().decode(token.substring(0, token.indexOf('.')))).get("kid")
                .asText();
    }

    /** The watcher appends from its own thread; the appender's lock makes the copy safe. */
    private boolean logged(String text) {
        synchronized (logs) {
            return logs.list.stream().anyMatch(event -> event.getFormattedMessage().contains(text));
        }
    }

    /** Polls until the server has noticed the file; the class timeout bounds the wait. */
    private static void await(ThrowingCondition condition) throws Exception {
        while (!condition.holds()) {
            Thread.sleep(100);
        }
    }

    @FunctionalInterface
    private interface ThrowingCondition {
        boolean holds() throws Exception;
    }

    private static Logger rootLogger() {
        return (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    }
}
