package dev.flextoken.bootstrap;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Starts {@code bootstrap/target/flex-token.jar} as the README does, on its embedded defaults, and sends the
 * README's request to it: the shaded jar must hold everything the server needs.
 */
@Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class RunnableJarIT {

    private static final Pattern LISTENING = Pattern.compile("listening on [^:]+:(\\d+)");

    private Process process;
    private Thread drainer;
    private final List<String> laterLog = new CopyOnWriteArrayList<>();

    @AfterEach
    void stopServer() throws InterruptedException {
        if (process != null) {
            // SIGTERM through the handle: Process.destroy() would also close the pipe we still read.
            process.toHandle().destroy();
            assertThat(process.waitFor(20, TimeUnit.SECONDS)).as("the server stops on SIGTERM").isTrue();
            if (drainer == null) {
                return;
            }
            drainer.join(TimeUnit.SECONDS.toMillis(5));
            assertThat(laterLog).as("a clean stop, not a crash").anyMatch(line -> line.contains("flex-token stopped"));
        }
    }

    @Test
    void jarWhenStartedOnDefaultsThenServesTheReadmeRequest() throws Exception {
        Path jar = Path.of("target", "flex-token.jar");
        assertThat(jar).exists();
        process = new ProcessBuilder(javaExecutable(), "-jar", jar.toString(), "--host", "127.0.0.1", "--port", "0")
                .redirectErrorStream(true)
                .start();

        List<String> startupLog = new ArrayList<>();
        int port = awaitPort(startupLog);
        assertThat(String.join("\n", startupLog)).contains("demo data").contains("ephemeral key");

        String auth = Base64.getEncoder().encodeToString(
                "AC00000000000000000000000000000000:demo-auth-token-not-a-secret".getBytes(StandardCharsets.UTF_8));
        String tokens = "/v4/Instances/GO00000000000000000000000000000000"
                + "/Users/FU00000000000000000000000000000000/Tokens";
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + tokens))
                .header("Authorization", "Basic " + auth)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\n      \"ttl\":3600\n          }"))
                .build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(response.body()).contains("\"access_token\"").contains("\"username\":\"Jane\"");
    }

    private int awaitPort(List<String> startupLog) throws Exception {
        BufferedReader output = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String line;
        while ((line = output.readLine()) != null) {
            startupLog.add(line);
            Matcher matcher = LISTENING.matcher(line);
            if (matcher.find()) {
                drainer = new Thread(() -> drain(output), "jar-output");
                drainer.setDaemon(true);
                drainer.start();
                return Integer.parseInt(matcher.group(1));
            }
        }
        throw new AssertionError("The server ended before listening:\n" + String.join("\n", startupLog));
    }

    /**
     * Keeps reading, so that the server never blocks on a full pipe, until the pipe closes as the server stops;
     * keeps the lines for the check of a clean stop.
     */
    private void drain(BufferedReader output) {
        try {
            String line;
            while ((line = output.readLine()) != null) {
                laterLog.add(line);
            }
        } catch (IOException closed) {
            laterLog.add("(output closed: " + closed.getClass().getSimpleName() + ")");
        }
    }

    private static String javaExecutable() {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        return Files.isExecutable(java) ? java.toString() : "java";
    }
}
