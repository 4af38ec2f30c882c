package dev.flextoken.bootstrap;

import dev.flextoken.application.service.TokenSettings;
import dev.flextoken.domain.InvalidTtlPolicyException;
import dev.flextoken.domain.TtlPolicy;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import org.slf4j.LoggerFactory;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/**
 * {@code flex-token [options]}: starts the server and serves until the process is told to stop.
 *
 * <p>Every option has an environment variable of the same meaning; the flag wins when both are given. An empty
 * {@code --keys}, {@code --data} or variable of theirs counts as not given.
 */
@Command(name = "flex-token", mixinStandardHelpOptions = true, version = "flex-token 0.1.0",
        description = "Issues, validates and revokes Flex user tokens over the Flex User Token API.",
        subcommands = KeysCommand.class)
final class FlexTokenCommand implements Callable<Integer> {

    /** Exit code of a start stopped by bad configuration. */
    static final int BAD_CONFIGURATION = 2;

    private static final List<String> LOG_LEVELS = List.of("TRACE", "DEBUG", "INFO", "WARN", "ERROR", "OFF");

    @Option(names = "--host", defaultValue = "${env:FLEX_TOKEN_HOST:-0.0.0.0}",
            description = "Address to listen on (FLEX_TOKEN_HOST). Default: ${DEFAULT-VALUE}.")
    String host;

    @Option(names = "--port", defaultValue = "${env:FLEX_TOKEN_PORT:-8080}",
            description = "TCP port, 0 for any free one (FLEX_TOKEN_PORT). Default: ${DEFAULT-VALUE}.")
    int port;

    @Option(names = "--keys", defaultValue = "${env:FLEX_TOKEN_KEYS}",
            description = "JWK Set file; watched and reloaded on change (FLEX_TOKEN_KEYS). "
                    + "Default: an ephemeral key.")
    String keys;

    @Option(names = "--data", defaultValue = "${env:FLEX_TOKEN_DATA}",
            description = "Data file seeding the in-memory store (FLEX_TOKEN_DATA). Default: the demo data set.")
    String data;

    @Option(names = "--issuer", defaultValue = "${env:FLEX_TOKEN_ISSUER:-" + TokenSettings.DEFAULT_ISSUER + "}",
            description = "The iss claim of every token (FLEX_TOKEN_ISSUER). Default: ${DEFAULT-VALUE}.")
    String issuer;

    @Option(names = "--store", defaultValue = "${env:FLEX_TOKEN_STORE:-memory}",
            description = "'memory', or a jdbc:postgresql: URL (FLEX_TOKEN_STORE). Default: ${DEFAULT-VALUE}.")
    String store;

    @Option(names = "--ttl-default", defaultValue = "${env:FLEX_TOKEN_TTL_DEFAULT:-3600}",
            description = "Default token TTL in seconds (FLEX_TOKEN_TTL_DEFAULT). Default: ${DEFAULT-VALUE}.")
    long ttlDefault;

    @Option(names = "--ttl-min", defaultValue = "${env:FLEX_TOKEN_TTL_MIN:-60}",
            description = "Shortest TTL a request may ask for (FLEX_TOKEN_TTL_MIN). Default: ${DEFAULT-VALUE}.")
    long ttlMin;

    @Option(names = "--ttl-max", defaultValue = "${env:FLEX_TOKEN_TTL_MAX:-86400}",
            description = "Longest TTL a request may ask for (FLEX_TOKEN_TTL_MAX). Default: ${DEFAULT-VALUE}.")
    long ttlMax;

    @Option(names = "--clock-skew", defaultValue = "${env:FLEX_TOKEN_CLOCK_SKEW:-60}",
            description = "Seconds of clock skew forgiven when validating exp and nbf (FLEX_TOKEN_CLOCK_SKEW). "
                    + "Default: ${DEFAULT-VALUE}.")
    long clockSkew;

    @Option(names = "--log-level", defaultValue = "${env:FLEX_TOKEN_LOG_LEVEL:-INFO}",
            description = "TRACE, DEBUG, INFO, WARN, ERROR or OFF (FLEX_TOKEN_LOG_LEVEL). Default: ${DEFAULT-VALUE}.")
    String logLevel;

    @Override
    public Integer call() throws InterruptedException {
        ServerConfig config = config();
        applyLogLevel();
        FlexTokenServer server = FlexTokenServer.start(config, Clock.systemUTC(), new SecureRandom());

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "flex-token-shutdown"));
        stopped.await();
        return 0;
    }

    /**
     * Turns the options into a checked configuration.
     *
     * @throws ConfigurationException naming the first setting that is wrong
     */
    ServerConfig config() {
        if (!"memory".equals(store)) {
            throw new ConfigurationException("store", store.startsWith("jdbc:postgresql:")
                    ? "names PostgreSQL, which this build does not support yet: use 'memory'"
                    : "must be 'memory' or a jdbc:postgresql: URL");
        }
        checkHost();
        if (!LOG_LEVELS.contains(logLevel.toUpperCase(Locale.ROOT))) {
            throw new ConfigurationException("log-level", "must be one of " + String.join(", ", LOG_LEVELS));
        }

        TtlPolicy policy;
        try {
            policy = new TtlPolicy(ttlDefault, ttlMin, ttlMax);
        } catch (InvalidTtlPolicyException e) {
            // The domain names its settings ttl.min and so on; on the command line they are --ttl-min.
            throw new ConfigurationException(e.setting().replace('.', '-'), e.problem().replace("ttl.", "ttl-"));
        }
        try {
            TokenSettings settings = new TokenSettings(issuer, policy, Duration.ofSeconds(clockSkew));
            return new ServerConfig(host, port, path(keys), path(data), settings);
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException(e.getMessage(), e);
        }
    }

    private void checkHost() {
        if (host.isBlank()) {
            throw new ConfigurationException("host", "must not be blank");
        }
        try {
            InetAddress.getByName(host);
        } catch (UnknownHostException e) {
            throw new ConfigurationException("host", "names no address this machine can resolve");
        }
    }

    /** Sets the level of every logger; the configuration has already checked the name. */
    void applyLogLevel() {
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.toLevel(logLevel));
    }

    private static Optional<Path> path(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(Path.of(value));
    }

    /**
     * Runs the command line. Bad configuration or a bad option value ends it with one line on {@code err}
     * naming the setting.
     *
     * @return the process exit code
     */
    static int execute(String[] args, PrintStream out, PrintStream err) {
        CommandLine commandLine = new CommandLine(new FlexTokenCommand());
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        commandLine.setParameterExceptionHandler((problem, ignored) -> {
            err.println("flex-token: " + problem.getMessage());
            return BAD_CONFIGURATION;
        });
        commandLine.setExecutionExceptionHandler((problem, ignored, parsed) -> {
            if (problem instanceof ConfigurationException) {
                err.println("flex-token: " + problem.getMessage());
                return BAD_CONFIGURATION;
            }
            throw problem;
        });
        return commandLine.execute(args);
    }
}
