package io.gigafab.simulator;

import io.gigafab.simulator.line.LineDefinition;
import io.gigafab.simulator.line.LineDefinitions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.eclipse.milo.opcua.sdk.server.util.HostnameUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the line simulator until the JVM is stopped (Ctrl-C, SIGTERM): every machine of one cell
 * line, as described by a line definition file (or the defaults), on one OPC UA server.
 *
 * <p>Usage: {@code java -jar gigafab-line-simulator.jar [--port N] [line-definition.yaml]}.
 * Environment:
 *
 * <ul>
 *   <li>{@code GIGAFAB_SIMULATOR_PORT} – TCP port when no {@code --port} is given (default 4840)
 *   <li>{@code GIGAFAB_SIMULATOR_BIND_ADDRESS} – address to listen on (default 127.0.0.1)
 *   <li>{@code GIGAFAB_SIMULATOR_HOSTNAME} – host name in the endpoint URL (default: the bind
 *       address, or this machine's host name when binding 0.0.0.0)
 *   <li>{@code GIGAFAB_SIMULATOR_CONTROL_PORT} – port of the HTTP control surface (default 4841, 0
 *       = off)
 *   <li>Security ({@link SimulatorSecurity#fromEnvironment}): {@code
 *       GIGAFAB_SIMULATOR_ENDPOINT_NONE} (default true), {@code
 *       GIGAFAB_SIMULATOR_ENDPOINT_BASIC256SHA256} (default false), {@code
 *       GIGAFAB_SIMULATOR_PKI_DIR} (default ./.gigafab/simulator-pki), {@code
 *       GIGAFAB_SIMULATOR_ANONYMOUS} (default true), {@code GIGAFAB_SIMULATOR_USERNAME} + {@code
 *       GIGAFAB_SIMULATOR_PASSWORD}, {@code GIGAFAB_SIMULATOR_KEYSTORE_PASSWORD}
 *   <li>Load mode ({@link LoadSettings#fromEnvironment}): {@code GIGAFAB_SIMULATOR_LOAD_TAGS}
 *       (default 0, off), {@code GIGAFAB_SIMULATOR_LOAD_INTERVAL_MS} (default 100)
 * </ul>
 */
public final class LineSimulatorMain {

    private static final Logger log = LoggerFactory.getLogger(LineSimulatorMain.class);

    private LineSimulatorMain() {}

    public static void main(String[] args) throws Exception {
        Map<String, String> env = System.getenv();
        Arguments arguments;
        LineDefinition line;
        try {
            arguments = Arguments.parse(args, env);
            line =
                    arguments.lineFile() == null
                            ? LineDefinitions.defaults()
                            : LineDefinitions.read(arguments.lineFile());
        } catch (IllegalArgumentException e) {
            System.err.println("line-simulator: " + e.getMessage());
            System.err.println(
                    "usage: java -jar gigafab-line-simulator.jar [--port N]"
                            + " [line-definition.yaml]");
            System.exit(2);
            return;
        }
        String bindAddress = env.getOrDefault("GIGAFAB_SIMULATOR_BIND_ADDRESS", "127.0.0.1");
        EquipmentServer.Builder builder =
                EquipmentServer.builder()
                        .port(arguments.port())
                        .bindAddress(bindAddress)
                        .hostname(hostname(bindAddress, env))
                        .line(line)
                        .controlPort(arguments.controlPort())
                        .security(SimulatorSecurity.fromEnvironment(env));
        LoadSettings.fromEnvironment(env).ifPresent(builder::load);
        EquipmentServer server = builder.start();

        var stopped = new CountDownLatch(1);
        Runtime.getRuntime()
                .addShutdownHook(
                        new Thread(
                                () -> {
                                    server.close();
                                    stopped.countDown();
                                },
                                "gigafab-sim-shutdown"));
        log.info(
                "Line simulator running at {} - line {} building {}, speed-up {} - Ctrl-C to stop",
                server.endpointUrl(),
                line.line(),
                line.design(),
                line.speedUp());
        server.line()
                .stations()
                .forEach(s -> log.info("  machine {} ({})", s.equipmentId(), s.equipmentClass()));
        server.controlUrl()
                .ifPresent(
                        url ->
                                log.info(
                                        "Scenario control at {} - GET /status, /faults,"
                                                + " /footprints; POST, DELETE /faults;"
                                                + " PUT /speed-up",
                                        url));
        stopped.await();
    }

    static String hostname(String bindAddress, Map<String, String> env) {
        String fallback = "0.0.0.0".equals(bindAddress) ? HostnameUtil.getHostname() : bindAddress;
        return env.getOrDefault("GIGAFAB_SIMULATOR_HOSTNAME", fallback);
    }

    /**
     * The command line: {@code [--port N] [line-definition.yaml]}, and the control port from the
     * environment ({@link EquipmentServer.Builder#controlPort}: -1 = off).
     */
    record Arguments(int port, Path lineFile, int controlPort) {

        static Arguments parse(String[] args, Map<String, String> env) {
            String port = env.getOrDefault("GIGAFAB_SIMULATOR_PORT", "4840");
            Path lineFile = null;
            for (int i = 0; i < args.length; i++) {
                if ("--port".equals(args[i]) && i + 1 < args.length) {
                    port = args[++i];
                } else if (args[i].startsWith("-")) {
                    throw new IllegalArgumentException("unknown option " + args[i]);
                } else if (lineFile == null) {
                    lineFile = Path.of(args[i]);
                } else {
                    throw new IllegalArgumentException("one line definition file only");
                }
            }
            if (lineFile != null && !Files.isRegularFile(lineFile)) {
                throw new IllegalArgumentException("no line definition file " + lineFile);
            }
            return new Arguments(number(port), lineFile, controlPort(env));
        }

        /** {@code GIGAFAB_SIMULATOR_CONTROL_PORT}, default 4841; 0 turns it off (-1). */
        private static int controlPort(Map<String, String> env) {
            String value = env.getOrDefault("GIGAFAB_SIMULATOR_CONTROL_PORT", "4841");
            int port;
            try {
                port = Integer.parseInt(value.trim());
            } catch (NumberFormatException e) {
                port = -1;
            }
            if (port < 0 || port > 65_535) {
                throw new IllegalArgumentException(
                        "GIGAFAB_SIMULATOR_CONTROL_PORT must be a TCP port, or 0 for off: "
                                + value);
            }
            return port == 0 ? -1 : port;
        }

        private static int number(String port) {
            try {
                return Integer.parseInt(port.trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("port must be a number: " + port, e);
            }
        }
    }
}
