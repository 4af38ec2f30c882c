package dev.flextoken.bootstrap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** A start that is wrongly let through would serve forever: the timeout turns that into a failure. */
@Timeout(30)
class FlexTokenCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @TempDir
    Path work;

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "--port=http           | --port",
            "--port=70000          | 'port'",
            "--ttl-min=0           | 'ttl-min'",
            "--ttl-max=30          | 'ttl-max'",
            "--ttl-max=99999999999 | 'ttl-max'",
            "--ttl-default=90000   | 'ttl-default'",
            "--clock-skew=-1       | 'clock-skew'",
            "--clock-skew=3601     | 'clock-skew'",
            "--host=nosuch.invalid | 'host'",
            "--log-level=verbose   | 'log-level'",
            "--store=mongodb://x   | store",
            "--store=jdbc:postgresql://localhost/flex | store",
            "--issuer=' '          | issuer",
    })
    void executeWhenConfigurationIsBadThenStopsWithOneLineNamingTheSetting(String flag, String setting) {
        int exitCode = execute("--host=127.0.0.1", "--port=0", flag.replace("'", ""));

        assertThat(exitCode).isEqualTo(FlexTokenCommand.BAD_CONFIGURATION);
        String printed = err.toString(StandardCharsets.UTF_8);
        assertThat(printed.lines()).hasSize(1);
        assertThat(printed).startsWith("flex-token: ").contains(setting);
    }

    @Test
    void executeWhenKeysFileIsCorruptThenStopsBeforeListeningNamingTheSetting() throws Exception {
        Path keys = Files.writeString(work.resolve("keys.json"), "{\"keys\": [");

        int exitCode = execute("--host=127.0.0.1", "--port=0", "--keys=" + keys);

        assertThat(exitCode).isEqualTo(FlexTokenCommand.BAD_CONFIGURATION);
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("flex-token: ").contains("'keys'")
                .hasLineCount(1);
    }

    @Test
    void executeWhenDataFileIsBadThenStopsNamingTheSettingAndTheEntry() throws Exception {
        Path data = Files.writeString(work.resolve("data.json"),
                "{\"accounts\":[{\"sid\":\"XX00000000000000000000000000000000\",\"auth_token\":\"t\"}]}");

        int exitCode = execute("--host=127.0.0.1", "--port=0", "--data=" + data);

        assertThat(exitCode).isEqualTo(FlexTokenCommand.BAD_CONFIGURATION);
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("flex-token: ").contains("'data'")
                .contains("accounts[0].sid").doesNotContain("\"t\"").hasLineCount(1);
    }

    @Test
    void configWhenFlagsGivenThenBuildsTheSettings() {
        FlexTokenCommand command = new FlexTokenCommand();
        new CommandLine(command).parseArgs("--port=9090", "--issuer=https://issuer.example", "--ttl-default=120",
                "--ttl-min=60", "--ttl-max=600", "--clock-skew=5", "--keys=/etc/keys.json");

        ServerConfig config = command.config();

        assertThat(config.port()).isEqualTo(9090);
        assertThat(config.settings().issuer()).isEqualTo("https://issuer.example");
        assertThat(config.settings().ttlPolicy().defaultSeconds()).isEqualTo(120);
        assertThat(config.settings().ttlPolicy().maxSeconds()).isEqualTo(600);
        assertThat(config.settings().clockSkew()).isEqualTo(Duration.ofSeconds(5));
        assertThat(config.keys()).contains(Path.of("/etc/keys.json"));
        assertThat(config.data()).isEmpty();
    }

    @Test
    void configWhenNothingGivenThenEmbeddedDefaults() {
        FlexTokenCommand command = new FlexTokenCommand();
        new CommandLine(command).parseArgs();

        ServerConfig config = command.config();

        assertThat(config.port()).isEqualTo(8080);
        assertThat(config.keys()).isEmpty();
        assertThat(config.data()).isEmpty();
        assertThat(config.settings().ttlPolicy().defaultSeconds()).isEqualTo(3600);
    }

    @ParameterizedTest
    @ValueSource(strings = {"dir", "A256KW", "RSA-OAEP-256", "ECDH-ES+A256KW"})
    void keysGenerateWhenAlgGivenThenPrintsAKeySetOfThatAlgorithm(String alg) throws Exception {
        int exitCode = execute("keys", "generate", "--alg", alg, "--kid", "test-kid");

        assertThat(exitCode).isZero();
        JsonNode key = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8)).get("keys").get(0);
        assertThat(key.get("alg").asText()).isEqualTo(alg);
        assertThat(key.get("kid").asText()).isEqualTo("test-kid");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "--alg=RSA1_5 | alg",
            "--alg=PBES2-HS256+A128KW | alg",
            "--kid=       | kid",
    })
    void keysGenerateWhenOptionIsBadThenOneLineNamingItAndNoStackTrace(String option, String name) {
        int exitCode = execute("keys", "generate", option.strip());

        assertThat(exitCode).isEqualTo(FlexTokenCommand.BAD_CONFIGURATION);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("flex-token: ").contains(name)
                .doesNotContain("\tat ").hasLineCount(1);
    }

    private int execute(String... args) {
        return FlexTokenCommand.execute(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }
}
