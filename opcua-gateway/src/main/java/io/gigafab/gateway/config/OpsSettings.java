package io.gigafab.gateway.config;

/** Where the gateway serves {@code /metrics} (Prometheus) and {@code /health}; port 0 = off. */
public record OpsSettings(String bindAddress, Integer port) {

    public OpsSettings {
        bindAddress = bindAddress == null ? "127.0.0.1" : bindAddress;
        port = port == null ? 9464 : port;
        Check.that(port >= 0 && port <= 65_535, "ops.port must be a TCP port");
    }

    public static OpsSettings defaults() {
        return new OpsSettings(null, null);
    }
}
