package dev.flextoken.bootstrap;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.flextoken.adapter.crypto.jose4j.JoseTokenCrypto;
import dev.flextoken.application.service.TokenSettings;
import org.jose4j.jwe.JsonWebEncryption;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.JsonWebKeySet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole server, wired as {@code main} wires it, on a free port: the README's request and the token
 * lifecycle, end to end.
 */
@Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class ServerEndToEndTest {

    private static final String ACCOUNT = "AC00000000000000000000000000000000";
    private static final String AUTH_TOKEN = "demo-auth-token-not-a-secret";
    private static final String INSTANCE = "GO00000000000000000000000000000000";
    private static final String USER = "FU00000000000000000000000000000000";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path work;

    private static Path keysFile;
    private static FlexTokenServer server;
    private static ListAppender<ILoggingEvent> logs;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void startServer() throws IOException {
        logs = new ListAppender<>();
        logs.start();
        ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).addAppender(logs);

        keysFile = work.resolve("keys.json");
        Files.writeString(keysFile, JoseTokenCrypto.generateKeySet("dir", Optional.of("k1"), new SecureRandom()));
        ServerConfig config = new ServerConfig("127.0.0.1", 0, Optional.of(keysFile), Optional.empty(),
                TokenSettings.defaults());
        server = FlexTokenServer.start(config, Clock.systemUTC(), new SecureRandom());
    }

    @AfterAll
    static void stopServer() {
        server.close();
        ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).detachAppender(logs);
    }

    @Test
    void tokenRouteWhenReadmeRequestThenTokenDecryptsToTheClaimsOfTheDesign() throws Exception {
        HttpResponse<String> response = post("/v4/Instances/" + INSTANCE + "/Users/" + USER + "/Tokens",
                "{\n  \"ttl\":3600\n      }");

        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(response.headers().firstValue("Cache-Control")).contains("no-store");
        JsonNode body = JSON.readTree(response.body());
        JsonNode info = body.get("token_info");
        assertThat(info.get("account_sid").asText()).isEqualTo(ACCOUNT);
        assertThat(info.get("flex_instance_sid").asText()).isEqualTo(INSTANCE);
        assertThat(info.get("flex_user_sid").asText()).isEqualTo(USER);
        assertThat(info.get("identity").asText()).isEqualTo("Jane");
        assertThat(info.get("username").asText()).isEqualTo("Jane");
        assertThat(JSON.convertValue(info.get("permissions"), String[].class)).containsExactly("FPN9999", "FPN0000");
        assertThat(JSON.convertValue(info.get("roles"), String[].class)).containsExactly("agent");

        String token = body.get("access_token").asText();
        JsonNode header = JSON.readTree(Base64.getUrlDecoder().decode(token.split("\\.")[0]));
        assertThat(header.get("alg").asText()).isEqualTo("dir");
        assertThat(header.get("enc").asText()).isEqualTo("A256GCM");
        assertThat(header.get("kid").asText()).isEqualTo("k1");
        assertThat(header.get("typ").asText()).isEqualTo("flex-user+jwt");

        JsonNode claims = JSON.readTree(decrypt(token));
        Instant expiration = Instant.parse(info.get("expiration").asText());
        assertThat(claims.get("exp").asLong()).isEqualTo(expiration.getEpochSecond());
        assertThat(claims.get("exp").asLong() - claims.get("iat").asLong()).isEqualTo(3600);
        assertThat(claims.get("nbf").asLong()).isEqualTo(claims.get("iat").asLong());
        assertThat(claims.get("iss").asText()).isEqualTo(TokenSettings.DEFAULT_ISSUER);
        assertThat(claims.get("sub").asText()).isEqualTo(USER);
        assertThat(claims.get("aud").asText()).isEqualTo(INSTANCE);
        assertThat(claims.get("jti").asText()).matches("[0-9a-f]{32}");
        for (String field : new String[] {"account_sid", "expiration", "flex_instance_sid", "flex_user_sid",
                "identity", "username"}) {
            assertThat(claims.get(field).asText()).as(field).isEqualTo(info.get(field).asText());
        }
        assertThat(claims.get("permissions")).isEqualTo(info.get("permissions"));
        assertThat(claims.get("roles")).isEqualTo(info.get("roles"));
    }

    @Test
    void lifecycleWhenUserDeprovisionedThenTheirTokenStopsValidating() throws Exception {
        HttpResponse<String> provisioned = post("/v4/Instances/" + INSTANCE + "/Users/Provision",
                "{\"username\":\"lifecycle-user\",\"roles\":[\"agent\"]}");
        assertThat(provisioned.statusCode()).isEqualTo(201);
        String user = JSON.readTree(provisioned.body()).get("flex_user_sid").asText();

        HttpResponse<String> found = get("/v4/Instances/" + INSTANCE + "/Users?Username=lifecycle-user");
        assertThat(found.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(found.body()).get("users").get(0).get("flex_user_sid").asText()).isEqualTo(user);

        HttpResponse<String> minted = post("/v4/Instances/" + INSTANCE + "/Users/" + user + "/Tokens", "");
        assertThat(minted.statusCode()).isEqualTo(201);
        String token = JSON.readTree(minted.body()).get("access_token").asText();

        JsonNode valid = JSON.readTree(validate(token).body());
        assertThat(valid.get("valid").asBoolean()).isTrue();
        assertThat(valid.get("realm_user_id").asText()).isEqualTo("lifecycle-user");

        HttpResponse<String> deprovisioned = post("/v4/Instances/" + INSTANCE + "/Users/Deprovision",
                "{\"flex_user_sid\":\"" + user + "\"}");
        assertThat(deprovisioned.statusCode()).isEqualTo(204);

        JsonNode revoked = JSON.readTree(validate(token).body());
        assertThat(revoked.get("valid").asBoolean()).isFalse();
        assertThat(revoked.get("code").asInt()).isEqualTo(20101);
        HttpResponse<String> refused = post("/v4/Instances/" + INSTANCE + "/Users/" + user + "/Tokens", "");
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(JSON.readTree(refused.body()).get("code").asInt()).isEqualTo(20403);

        HttpResponse<String> again = post("/v4/Instances/" + INSTANCE + "/Users/Provision",
                "{\"username\":\"lifecycle-user\"}");
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(validate(token).body()).get("valid").asBoolean()).isFalse();
    }

    @Test
    void metricsWhenATokenWasIssuedThenCountItAndShowTheJvmHeap() throws Exception {
        post("/v4/Instances/" + INSTANCE + "/Users/" + USER + "/Tokens", "");

        HttpResponse<String> metrics = http.send(HttpRequest.newBuilder(uri("/metrics")).GET().build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).containsPattern("(?m)^flex_token_tokens_issued_total [1-9]")
                .containsPattern("(?m)^jvm_memory_used_bytes\\{area=\"heap\"");
    }

    @Test
    void logsWhenTokensMintedAndValidatedThenCarryNoTokenSecretOrPersonalData() throws Exception {
        HttpResponse<String> minted = post("/v4/Instances/" + INSTANCE + "/Users/" + USER + "/Tokens", "");
        String token = JSON.readTree(minted.body()).get("access_token").asText();
        validate(token);
        post("/v4/Instances/" + INSTANCE + "/Users/Provision", "{\"username\":\"private-person\"}");
        get("/v4/Instances/" + INSTANCE + "/Users?Username=private-person");

        String keyMaterial = JSON.readTree(Files.readString(keysFile)).get("keys").get(0).get("k").asText();
        List<ILoggingEvent> seen;
        synchronized (logs) {
            seen = List.copyOf(logs.list);
        }
        assertThat(seen).isNotEmpty();
        for (ILoggingEvent event : seen) {
            IThrowableProxy thrown = event.getThrowableProxy();
            String line = event.getFormattedMessage() + (thrown == null ? "" : ThrowableProxyUtil.asString(thrown));
            assertThat(line).doesNotContain(token.substring(0, 40), token.substring(token.length() - 20),
                    AUTH_TOKEN, "Jane", "private-person", keyMaterial);
        }
    }

    private HttpResponse<String> post(String path, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Authorization", basicAuth())
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (!body.isEmpty()) {
            request.header("Content-Type", "application/json");
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(uri(path)).header("Authorization", basicAuth()).GET().build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> validate(String token) throws Exception {
        return post("/v1/Accounts/" + ACCOUNT + "/Tokens/validate", "{\"token\":\"" + token + "\"}");
    }

    private static URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.port() + path);
    }

    private static String basicAuth() {
        String pair = ACCOUNT + ":" + AUTH_TOKEN;
        return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
    }

    private static String decrypt(String token) throws Exception {
        JsonWebKey key = new JsonWebKeySet(Files.readString(keysFile)).getJsonWebKeys().get(0);
        JsonWebEncryption jwe = new JsonWebEncryption();
        jwe.setCompactSerialization(token);
        jwe.setKey(key.getKey());
        return jwe.getPlaintextString();
    }
}
