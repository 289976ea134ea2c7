package io.gigafab.gateway.config;

import java.nio.file.Path;

/**
 * The gateway's OPC UA application certificate and trust lists ({@code own/}, {@code trusted/},
 * {@code issuers/}, {@code rejected/} under {@code directory}, on a writable volume). An untrusted
 * server certificate is refused unless {@code trustAllServers} is set (commissioning only).
 */
public record PkiSettings(Path directory, Boolean trustAllServers) {

    public PkiSettings {
        directory = directory == null ? Path.of(".gigafab", "gateway-pki") : directory;
        trustAllServers = trustAllServers != null && trustAllServers;
    }

    public static PkiSettings defaults() {
        return new PkiSettings(null, null);
    }
}
