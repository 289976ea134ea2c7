package io.gigafab.stack;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The TCP ports of the local stack. Defaults are the usual ones of each server; each can be changed
 * with an environment variable {@code GIGAFAB_PORT_<NAME>} or a system property {@code
 * gigafab.port.<name>} (e.g. {@code GIGAFAB_PORT_MES=9080}).
 */
public record StackPorts(
        int postgres,
        int kafka,
        int keycloak,
        int opcUa,
        int simulatorControl,
        int gatewayOps,
        int analytics,
        int mes) {

    /** The defaults: MES 8080, Keycloak 8180, OPC UA 4840, simulator control 4841, … */
    public static StackPorts defaults() {
        return new StackPorts(15432, 9092, 8180, 4840, 4841, 9464, 8081, 8080);
    }

    /** The defaults, changed where the environment or system properties say so. */
    public static StackPorts configured() {
        return configured(
                name ->
                        System.getProperty(
                                "gigafab.port." + name,
                                System.getenv(
                                        "GIGAFAB_PORT_"
                                                + name.toUpperCase(java.util.Locale.ROOT)
                                                        .replace('-', '_'))));
    }

    static StackPorts configured(UnaryOperator<String> setting) {
        StackPorts d = defaults();
        return new StackPorts(
                port(setting, "postgres", d.postgres),
                port(setting, "kafka", d.kafka),
                port(setting, "keycloak", d.keycloak),
                port(setting, "opcua", d.opcUa),
                port(setting, "simulator-control", d.simulatorControl),
                port(setting, "gateway-ops", d.gatewayOps),
                port(setting, "analytics", d.analytics),
                port(setting, "mes", d.mes));
    }

    /** Free ports, for tests that must not collide with a demo running on the same machine. */
    public static StackPorts free() {
        return new StackPorts(
                Ports.free(),
                Ports.free(),
                Ports.free(),
                Ports.free(),
                Ports.free(),
                Ports.free(),
                Ports.free(),
                Ports.free());
    }

    /** Every port by its setting name ({@code GIGAFAB_PORT_<NAME>}), in start order. */
    public Map<String, Integer> bySetting() {
        Map<String, Integer> ports = new LinkedHashMap<>();
        ports.put("postgres", postgres);
        ports.put("kafka", kafka);
        ports.put("keycloak", keycloak);
        ports.put("opcua", opcUa);
        ports.put("simulator-control", simulatorControl);
        ports.put("gateway-ops", gatewayOps);
        ports.put("mes", mes);
        ports.put("analytics", analytics);
        return ports;
    }

    private static int port(UnaryOperator<String> setting, String name, int fallback) {
        String value = setting.apply(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Port " + name + " is not a number: " + value);
        }
    }
}
