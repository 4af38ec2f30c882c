package dev.flextoken.adapter.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.ArrayList;

/**
 * Talks HTTP/1.1 to a server under test, with the fake world's credentials unless told otherwise.
 */
final class TestClient {

    static final String JSON = "application/json";
    static final String ACCOUNT_AUTH = basic(FakeWorld.ACCOUNT.value(), FakeWorld.AUTH_TOKEN);

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final int port;
    private final String base;

    TestClient(int port) {
        this.port = port;
        this.base = "http://127.0.0.1:" + port;
    }

    static String basic(String principal, String secret) {
        return "Basic " + Base64.getEncoder()
                .encodeToString((principal + ":" + secret).getBytes(StandardCharsets.UTF_8));
    }

    HttpResponse<String> get(String path) {
        return send(request(path, ACCOUNT_AUTH).GET());
    }

    HttpResponse<String> get(String path, String authorization) {
        return send(request(path, authorization).GET());
    }

    HttpResponse<String> postJson(String path, String body) {
        return post(path, ACCOUNT_AUTH, JSON, BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    }

    HttpResponse<String> postBytes(String path, String contentType, byte[] body) {
        return post(path, ACCOUNT_AUTH, contentType, BodyPublishers.ofByteArray(body));
    }

    /** Sends the body chunked: no Content-Length tells its size. */
    HttpResponse<String> postChunked(String path, byte[] body) {
        return post(path, ACCOUNT_AUTH, JSON, BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)));
    }

    /**
     * @param authorization the Authorization header, or null for none
     * @param contentType   the Content-Type header, or null for none
     */
    HttpResponse<String> post(String path, String authorization, String contentType, BodyPublisher body) {
        HttpRequest.Builder request = request(path, authorization).POST(body);
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return send(request);
    }

    HttpResponse<String> method(String method, String path) {
        return send(request(path, ACCOUNT_AUTH).method(method, BodyPublishers.noBody()));
    }

    /** @param authorization the Authorization header, or null for none */
    HttpResponse<String> head(String path, String authorization) {
        return send(request(path, authorization).method("HEAD", BodyPublishers.noBody()));
    }

    /**
     * Sends bytes as they are, asking the server to close the connection after its answer, and returns every
     * byte of that answer: what an HTTP client would hide, such as a body sent after a HEAD.
     */
    String raw(String request) {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(5_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.replace("HTTP/1.1\r\n", "HTTP/1.1\r\nConnection: close\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    static JsonNode json(HttpResponse<String> response) {
        try {
            return MAPPER.readTree(response.body());
        } catch (IOException invalid) {
            throw new UncheckedIOException(invalid);
        }
    }

    static List<String> keys(JsonNode node) {
        List<String> keys = new ArrayList<>();
        Iterator<String> names = node.fieldNames();
        names.forEachRemaining(keys::add);
        return keys;
    }

    private HttpRequest.Builder request(String path, String authorization) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(10));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return request;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }
}
