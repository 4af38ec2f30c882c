package dev.flextoken.bootstrap;

import dev.flextoken.adapter.crypto.jose4j.InvalidKeySetException;
import dev.flextoken.adapter.crypto.jose4j.JoseTokenCrypto;
import dev.flextoken.adapter.http.HttpApi;
import dev.flextoken.adapter.persistence.inmemory.InMemoryStore;
import dev.flextoken.adapter.persistence.inmemory.InvalidDataFileException;
import dev.flextoken.application.service.AuthenticateCallerService;
import dev.flextoken.application.service.IssueTokenService;
import dev.flextoken.application.service.RandomIds;
import dev.flextoken.application.service.ReadinessService;
import dev.flextoken.application.service.UserLifecycleService;
import dev.flextoken.application.service.ValidateTokenService;
import io.javalin.util.JavalinBindException;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;

/**
 * The server, wired by hand: the in-memory store and the jose4j key set behind the application services,
 * and the HTTP API in front of them.
 */
public final class FlexTokenServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(FlexTokenServer.class);
    private static final String DEMO_DATA = "demo-data.json";

    private final JoseTokenCrypto crypto;
    private final HttpApi.Server http;
    private final PrometheusMeterRegistry metrics;

    private FlexTokenServer(JoseTokenCrypto crypto, HttpApi.Server http, PrometheusMeterRegistry metrics) {
        this.crypto = crypto;
        this.http = http;
        this.metrics = metrics;
    }

    /**
     * Loads keys and data, then opens the port. Nothing listens when loading fails.
     *
     * @throws ConfigurationException when the key set, the data file or the port cannot be used
     */
    public static FlexTokenServer start(ServerConfig config, Clock clock, SecureRandom random) {
        InMemoryStore store = loadStore(config, clock, random);
        JoseTokenCrypto crypto = loadKeys(config, random);
        RandomIds ids = new RandomIds(random);
        PrometheusMeterRegistry metrics = processMetrics();

        UserLifecycleService users = new UserLifecycleService(store, store, store, ids, clock);
        HttpApi api = HttpApi.builder()
                .authenticateCaller(new AuthenticateCallerService(store))
                .issueToken(new IssueTokenService(store, store, crypto, ids, clock, config.settings()))
                .validateToken(new ValidateTokenService(crypto, store, store, clock, config.settings()))
                .provisionUser(users)
                .deprovisionUser(users)
                .findUsers(users)
                .checkReadiness(new ReadinessService(List.of(store, crypto)))
                .clock(clock)
                .random(random)
                .meterRegistry(metrics)
                .build();

        try {
            HttpApi.Server running = api.start(config.host(), config.port());
            LOG.info("flex-token listening on {}:{}", config.host(), running.port());
            return new FlexTokenServer(crypto, running, metrics);
        } catch (JavalinBindException portProblem) {
            crypto.close();
            metrics.close();
            throw new ConfigurationException("The settings 'host' and 'port' (" + config.host() + ":"
                    + config.port() + ") cannot be listened on: " + portProblem.getMessage(), portProblem);
        }
    }

    /** @return the port the server listens on */
    public int port() {
        return http.port();
    }

    /** Stops serving, then stops watching the key file. */
    @Override
    public void close() {
        http.stop();
        crypto.close();
        metrics.close();
        LOG.info("flex-token stopped");
    }

    /** The API's meters plus the JVM's memory, threads and CPU, so that /metrics shows the heap too. */
    private static PrometheusMeterRegistry processMetrics() {
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        new JvmMemoryMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        return registry;
    }

    private static InMemoryStore loadStore(ServerConfig config, Clock clock, SecureRandom random) {
        try {
            if (config.data().isPresent()) {
                return InMemoryStore.fromFile(config.data().get(), clock, random);
            }
            InMemoryStore demo = InMemoryStore.fromJson(demoData(), DEMO_DATA, clock, random);
            // Credentials everyone can read in the README: a security event, hence a warning.
            LOG.warn("No data file given (--data): loaded the demo data set and its public credentials; "
                    + "never use it in production");
            return demo;
        } catch (InvalidDataFileException e) {
            throw new ConfigurationException("The setting 'data' names a file that cannot be used: "
                    + e.getMessage(), e);
        }
    }

    private static JoseTokenCrypto loadKeys(ServerConfig config, SecureRandom random) {
        if (config.keys().isEmpty()) {
            LOG.warn("No key set given (--keys): sealing with an ephemeral key; tokens will not survive a restart");
            return JoseTokenCrypto.ephemeral(random);
        }
        try {
            JoseTokenCrypto crypto = JoseTokenCrypto.fromFile(config.keys().get(), random);
            crypto.watchForChanges();
            return crypto;
        } catch (InvalidKeySetException e) {
            throw new ConfigurationException("The setting 'keys' names a key set that cannot be used: "
                    + e.getMessage(), e);
        }
    }

    private static String demoData() {
        try (InputStream in = FlexTokenServer.class.getClassLoader().getResourceAsStream(DEMO_DATA)) {
            if (in == null) {
                throw new IllegalStateException("The demo data set " + DEMO_DATA + " is missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
