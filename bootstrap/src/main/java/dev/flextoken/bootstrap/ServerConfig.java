package dev.flextoken.bootstrap;

import dev.flextoken.application.service.TokenSettings;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * The settings the server starts with, already checked.
 *
 * @param host     the address to listen on
 * @param port     the TCP port, 0 for any free one
 * @param keys     the JWK Set file, or empty for an ephemeral key
 * @param data     the data file of the in-memory store, or empty for the demo data set
 * @param settings issuer, TTL policy and clock skew
 */
public record ServerConfig(String host, int port, Optional<Path> keys, Optional<Path> data, TokenSettings settings) {

    public ServerConfig {
        Objects.requireNonNull(host, "host");
        if (port < 0 || port > 65_535) {
            throw new ConfigurationException("port", "must lie between 0 and 65535");
        }
        Objects.requireNonNull(keys, "keys");
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(settings, "settings");
    }
}
