package io.gigafab.gateway;

import io.gigafab.gateway.config.GatewayConfig;
import io.gigafab.gateway.config.GatewayConfigs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the gateway until the JVM is stopped (Ctrl-C, SIGTERM): {@code java -jar
 * gigafab-opcua-gateway.jar gateway.yaml}. A bad configuration ends it at once with a message
 * naming the field, and exit code 2.
 */
public final class GatewayMain {

    private static final Logger log = LoggerFactory.getLogger(GatewayMain.class);

    private GatewayMain() {}

    public static void main(String[] args) throws Exception {
        GatewayConfig config;
        try {
            config = GatewayConfigs.read(configFile(args));
        } catch (IllegalArgumentException e) {
            System.err.println("opcua-gateway: " + e.getMessage());
            System.err.println("usage: java -jar gigafab-opcua-gateway.jar <gateway.yaml>");
            System.exit(2);
            return;
        }
        Gateway gateway = Gateway.start(config);
        var stopped = new CountDownLatch(1);
        Runtime.getRuntime()
                .addShutdownHook(
                        new Thread(
                                () -> {
                                    gateway.close();
                                    stopped.countDown();
                                },
                                "gigafab-gateway-shutdown"));
        gateway.opsPort()
                .ifPresent(
                        port ->
                                log.info(
                                        "Metrics at http://{}:{}/metrics, health at /health",
                                        config.ops().bindAddress(),
                                        port));
        stopped.await();
    }

    static Path configFile(String[] args) {
        if (args.length != 1) {
            throw new IllegalArgumentException("give exactly one configuration file");
        }
        Path file = Path.of(args[0]);
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("no configuration file " + file);
        }
        return file;
    }
}
