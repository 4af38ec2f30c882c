package dev.flextoken.archfixture.adapter.crypto.jose4j;

import io.prometheus.metrics.model.registry.PrometheusRegistry;

/** Breaks "Micrometer only in adapter-http and bootstrap" through the Prometheus client it exposes with. */
public final class PrometheusInTheCrypto {

    public PrometheusRegistry registry() {
        return PrometheusRegistry.defaultRegistry;
    }
}
