package io.gigafab.gateway.config;

import java.util.List;

/**
 * One OPC UA server and the machines read from it.
 *
 * @param name a name for logs and metrics
 * @param url e.g. {@code opc.tcp://coater-1.plant:4840}
 * @param securityPolicy None or Basic256Sha256
 * @param securityMode None, Sign or SignAndEncrypt
 * @param username user name, or null for anonymous
 * @param passwordEnv the environment variable holding the password (never the password itself)
 * @param reconnectMaxDelayMs back-off ceiling between reconnect attempts
 */
public record EndpointSettings(
        String name,
        String url,
        String securityPolicy,
        String securityMode,
        String username,
        String passwordEnv,
        Integer reconnectMaxDelayMs,
        List<MachineSettings> machines) {

    public EndpointSettings {
        Check.text(name, "endpoints[].name");
        Check.text(url, "endpoints[" + name + "].url");
        Check.that(
                url.startsWith("opc.tcp://"),
                "endpoints[" + name + "].url must start with opc.tcp://");
        securityPolicy = securityPolicy == null ? "None" : securityPolicy;
        securityMode =
                securityMode == null
                        ? ("None".equals(securityPolicy) ? "None" : "SignAndEncrypt")
                        : securityMode;
        Check.that(
                List.of("None", "Basic256Sha256").contains(securityPolicy),
                "endpoints[" + name + "].securityPolicy must be None or Basic256Sha256");
        Check.that(
                List.of("None", "Sign", "SignAndEncrypt").contains(securityMode),
                "endpoints[" + name + "].securityMode must be None, Sign or SignAndEncrypt");
        Check.that(
                username == null || passwordEnv != null,
                "endpoints[" + name + "].passwordEnv is required with a username");
        reconnectMaxDelayMs = reconnectMaxDelayMs == null ? 30_000 : reconnectMaxDelayMs;
        machines = machines == null ? List.of() : List.copyOf(machines);
        Check.that(!machines.isEmpty(), "endpoints[" + name + "].machines: at least one machine");
    }
}
