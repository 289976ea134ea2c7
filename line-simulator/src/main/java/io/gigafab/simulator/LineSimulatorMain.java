package io.gigafab.simulator;

import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.eclipse.milo.opcua.sdk.server.util.HostnameUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the line simulator until the JVM is stopped (Ctrl-C, SIGTERM): one LFP cathode coater.
 *
 * <p>Usage: {@code java -jar gigafab-line-simulator.jar [port]}. Environment:
 *
 * <ul>
 *   <li>{@code GIGAFAB_SIMULATOR_PORT} – TCP port when no argument is given (default 4840)
 *   <li>{@code GIGAFAB_SIMULATOR_BIND_ADDRESS} – address to listen on (default 127.0.0.1)
 *   <li>{@code GIGAFAB_SIMULATOR_HOSTNAME} – host name in the endpoint URL (default: the bind
 *       address, or this machine's host name when binding 0.0.0.0)
 *   <li>{@code GIGAFAB_SIMULATOR_COATER_ID} – equipment id of the coater (default COAT-01)
 *   <li>{@code GIGAFAB_SIMULATOR_SEED} – seed of the process noise (default 42)
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
        String bindAddress = env.getOrDefault("GIGAFAB_SIMULATOR_BIND_ADDRESS", "127.0.0.1");
        String coaterId = env.getOrDefault("GIGAFAB_SIMULATOR_COATER_ID", "COAT-01");
        long seed = Long.parseLong(env.getOrDefault("GIGAFAB_SIMULATOR_SEED", "42"));

        EquipmentServer.Builder builder =
                EquipmentServer.builder()
                        .port(port(args, env))
                        .bindAddress(bindAddress)
                        .hostname(hostname(bindAddress, env))
                        .coater(
                                MachineIdentity.simulated(coaterId, "Electrode coater C-1400"),
                                CoaterSettings.lfpCathode(coaterId, seed))
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
        log.info("Line simulator running at {} - Ctrl-C to stop", server.endpointUrl());
        stopped.await();
    }

    static String hostname(String bindAddress, Map<String, String> env) {
        String fallback = "0.0.0.0".equals(bindAddress) ? HostnameUtil.getHostname() : bindAddress;
        return env.getOrDefault("GIGAFAB_SIMULATOR_HOSTNAME", fallback);
    }

    static int port(String[] args, Map<String, String> env) {
        String port =
                args.length > 0 ? args[0] : env.getOrDefault("GIGAFAB_SIMULATOR_PORT", "4840");
        try {
            return Integer.parseInt(port.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("port must be a number: " + port, e);
        }
    }
}
