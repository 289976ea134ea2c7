package io.gigafab.gateway.opcua;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.gigafab.events.measurement.Sample;
import io.gigafab.gateway.GatewayMetrics;
import io.gigafab.gateway.config.PkiSettings;
import io.gigafab.simulator.EquipmentServer;
import io.gigafab.simulator.SimulatorSecurity;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An equipment server restarts: data flows again without anyone touching the gateway. */
class ServerRestartTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @TempDir Path pki;

    @Test
    void afterARestartOnTheSamePortSamplesFlowAgain() throws Exception {
        int port = freePort();
        var collected = new CollectedData();
        var metrics = new GatewayMetrics();
        EquipmentServer first = SimulatedLine.start(port, SimulatorSecurity.insecure(), "R1");
        EquipmentServer second = null;
        try (var connection =
                new EndpointConnection(
                        "gf1",
                        Configs.endpoint("line", first.endpointUrl(), Configs.coater()),
                        new PkiSettings(pki, false),
                        collected,
                        collected,
                        metrics)) {
            connection.start();
            await().atMost(WAIT).until(() -> fromRun(collected, "RC-R1-"));

            first.close();
            await().atMost(WAIT).until(() -> !connection.connected());
            second = SimulatedLine.start(port, SimulatorSecurity.insecure(), "R2");

            await().atMost(WAIT).until(() -> fromRun(collected, "RC-R2-"));
            await().atMost(WAIT).until(() -> fromRun(collected, "RC-R2-", "coating.webSpeed"));
            assertThat(connection.connected()).isTrue();
            // the session listener counts on Milo's threads: wait for it rather than race it
            await().atMost(WAIT)
                    .until(
                            () ->
                                    metrics.count(CollectorMetrics.RECONNECTS, "endpoint=\"line\"")
                                            >= 1);
            await().atMost(WAIT)
                    .until(
                            () ->
                                    metrics.count(
                                                    CollectorMetrics.SUBSCRIPTION_FAILURES,
                                                    "endpoint=\"line\"")
                                            >= 1);
        } finally {
            first.close();
            if (second != null) {
                second.close();
            }
        }
    }

    private static boolean fromRun(CollectedData collected, String rollPrefix) {
        return fromRun(collected, rollPrefix, "coating.coatWeight");
    }

    private static boolean fromRun(CollectedData collected, String rollPrefix, String tag) {
        return collected.samples(tag).stream()
                .map(Sample::context)
                .anyMatch(
                        c -> c != null && c.rollId() != null && c.rollId().startsWith(rollPrefix));
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            return socket.getLocalPort();
        }
    }
}
