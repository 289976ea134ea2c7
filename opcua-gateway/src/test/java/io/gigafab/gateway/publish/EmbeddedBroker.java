package io.gigafab.gateway.publish;

import io.gigafab.events.Topics;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real single-node KRaft broker shared by the publishing tests (started once per test JVM), with
 * the Gigafab topics (3 partitions each). Besides its normal listener it has a second one, {@code
 * PROXIED}, whose advertised address is {@link #proxyPort()}: a client bootstrapped there keeps
 * talking to that port, so a {@link TcpProxy} on it can cut the client off the broker.
 */
final class EmbeddedBroker implements ExtensionContext.Store.CloseableResource {

    static final int PARTITIONS = 3;

    /**
     * Registers the shared broker for a test class:
     * {@code @ExtendWith(EmbeddedBroker.Shared.class)}.
     */
    static final class Shared implements BeforeAllCallback {
        @Override
        public void beforeAll(ExtensionContext context) {
            context.getRoot()
                    .getStore(ExtensionContext.Namespace.GLOBAL)
                    .getOrComputeIfAbsent(
                            EmbeddedBroker.class, key -> start(), EmbeddedBroker.class);
        }
    }

    private static EmbeddedBroker shared;

    private final KafkaClusterTestKit cluster;
    private final int brokerProxiedPort;
    private final int proxyPort;

    private EmbeddedBroker(KafkaClusterTestKit cluster, int brokerProxiedPort, int proxyPort) {
        this.cluster = cluster;
        this.brokerProxiedPort = brokerProxiedPort;
        this.proxyPort = proxyPort;
    }

    /** The broker started by {@link Shared}. */
    static EmbeddedBroker broker() {
        return shared;
    }

    private static synchronized EmbeddedBroker start() {
        try {
            int proxied = freePort();
            int proxy = freePort();
            TestKitNodes nodes =
                    new TestKitNodes.Builder()
                            .setCombined(true)
                            .setNumBrokerNodes(1)
                            .setNumControllerNodes(1)
                            .setBaseDirectory(Files.createTempDirectory("gigafab-publish-kafka"))
                            .build();
            KafkaClusterTestKit cluster =
                    new KafkaClusterTestKit.Builder(nodes)
                            .setConfigProp(
                                    "listeners",
                                    "EXTERNAL://localhost:0,CONTROLLER://localhost:0,"
                                            + "PROXIED://127.0.0.1:"
                                            + proxied)
                            .setConfigProp(
                                    "advertised.listeners",
                                    "EXTERNAL://localhost:0,PROXIED://127.0.0.1:" + proxy)
                            .setConfigProp(
                                    "listener.security.protocol.map",
                                    "EXTERNAL:PLAINTEXT,CONTROLLER:PLAINTEXT,PROXIED:PLAINTEXT")
                            .setConfigProp("offsets.topic.replication.factor", "1")
                            .setConfigProp("transaction.state.log.replication.factor", "1")
                            .setConfigProp("transaction.state.log.min.isr", "1")
                            .setConfigProp("group.initial.rebalance.delay.ms", "0")
                            .build();
            cluster.format();
            cluster.startup();
            cluster.waitForReadyBrokers();
            shared = new EmbeddedBroker(cluster, proxied, proxy);
            shared.createTopics();
            return shared;
        } catch (Exception e) {
            throw new IllegalStateException("cannot start the test broker", e);
        }
    }

    /** The broker's own listener (consumers and admin of the tests). */
    String bootstrapServers() {
        return cluster.bootstrapServers();
    }

    /** Where the broker listens for clients that must go through the proxy. */
    int brokerProxiedPort() {
        return brokerProxiedPort;
    }

    /** Where the proxy must listen: the address the broker advertises to proxied clients. */
    int proxyPort() {
        return proxyPort;
    }

    /** A localhost address nobody listens on (Kafka unreachable). */
    static String unreachable() {
        return "localhost:" + freePort();
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private void createTopics() throws Exception {
        try (Admin admin =
                Admin.create(
                        Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers()))) {
            admin.createTopics(
                            Topics.ALL.stream()
                                    .map(topic -> new NewTopic(topic, PARTITIONS, (short) 1))
                                    .toList())
                    .all()
                    .get();
        }
    }

    @Override
    public void close() throws Exception {
        Path base = Path.of(cluster.nodes().baseDirectory());
        cluster.close();
        shared = null;
        if (Files.exists(base)) {
            try (var files = Files.walk(base)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
