package io.gigafab.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class EquipmentServerLifecycleTest {

    @Test
    void closeEndsEveryServerThreadAndFreesThePort() throws IOException {
        int port;
        try (EquipmentServer server = lfpServer(0).start()) {
            port = server.port();
            assertThat(port).isPositive();
            assertThat(server.endpointUrl()).isEqualTo("opc.tcp://127.0.0.1:" + port + "/gigafab");
            assertThat(simulatorThreads()).isPositive();
        }

        await().atMost(Duration.ofSeconds(5)).until(() -> simulatorThreads() == 0);
        assertThat(threadsNamed("HTTP-Dispatcher")).isZero();
        // the server runs on its own pools, never on Milo's JVM-wide shared ones
        assertThat(threadsNamed("milo-shared-", "milo-netty-")).isZero();
        try (var socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        }
    }

    @Test
    void portInUseFailsTheStartWithoutLeavingThreads() throws IOException {
        try (EquipmentServer first = lfpServer(0).start()) {
            assertThatThrownBy(() -> lfpServer(first.port()).start())
                    .isInstanceOf(IOException.class)
                    .hasMessageContaining(String.valueOf(first.port()));
        }
        await().atMost(Duration.ofSeconds(5)).until(() -> simulatorThreads() == 0);
    }

    @Test
    void controlPortInUseFailsTheStartWithoutLeavingThreads() throws IOException {
        try (var taken = new ServerSocket()) {
            taken.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            assertThatThrownBy(() -> lfpServer(0).controlPort(taken.getLocalPort()).start())
                    .isInstanceOf(IOException.class)
                    .hasMessageContaining("control surface");
        }
        await().atMost(Duration.ofSeconds(5)).until(() -> simulatorThreads() == 0);
        assertThat(threadsNamed("HTTP-Dispatcher")).isZero();
    }

    @Test
    void closingTwiceIsHarmless() throws IOException {
        EquipmentServer server = lfpServer(0).start();
        server.close();
        server.close();
        await().atMost(Duration.ofSeconds(5)).until(() -> simulatorThreads() == 0);
    }

    private static EquipmentServer.Builder lfpServer(int port) {
        return EquipmentServer.builder().port(port).controlPort(0);
    }

    private static long simulatorThreads() {
        return threadsNamed(SimulatorThreads.PREFIX);
    }

    private static long threadsNamed(String... prefixes) {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(Thread::isAlive)
                .filter(t -> Arrays.stream(prefixes).anyMatch(p -> t.getName().startsWith(p)))
                .count();
    }
}
