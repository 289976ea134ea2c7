package io.gigafab.stack;

import io.gigafab.events.Topics;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.Feature;
import org.apache.kafka.server.common.MetadataVersion;

/**
 * A real single-node KRaft Kafka broker on a fixed port that can be stopped and started again with
 * its data kept, as when a plant's broker goes down for maintenance: clients see the same address
 * before and after. {@link LocalKafka} is the lighter choice when nothing needs to restart.
 */
public final class RestartableKafka implements AutoCloseable {

    private static final int NODE_ID = 1;

    private final Path dataDir;
    private final int port;
    private final int controllerPort;
    private KafkaRaftServer server;

    private RestartableKafka(Path dataDir, int port, int controllerPort) {
        this.dataDir = dataDir;
        this.port = port;
        this.controllerPort = controllerPort;
    }

    /**
     * Formats a new broker under {@code workDir/kafka-data} (emptied first: a broker of an earlier
     * start has another cluster id), starts it on {@code port} (0 = a free port, kept across
     * restarts) and creates the Gigafab topics.
     */
    public static RestartableKafka start(Path workDir, int port) throws Exception {
        RestartableKafka kafka =
                new RestartableKafka(
                        workDir.resolve("kafka-data"), port > 0 ? port : freePort(), freePort());
        kafka.format();
        kafka.startBroker();
        kafka.createTopics();
        return kafka;
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    public int port() {
        return port;
    }

    public synchronized boolean running() {
        return server != null;
    }

    /** Stops the broker; its data stays on disk for {@link #restart()}. */
    public synchronized void stop() {
        if (server != null) {
            server.shutdown();
            server.awaitShutdown();
            server = null;
        }
    }

    /** Starts the stopped broker again on the same port with the same data. */
    public synchronized void restart() throws Exception {
        if (server == null) {
            startBroker();
            awaitTopics();
        }
    }

    @Override
    public void close() {
        stop();
    }

    private void format() throws Exception {
        StateFolders.recreate(dataDir);
        new Formatter()
                .setNodeId(NODE_ID)
                .setClusterId(Uuid.randomUuid().toString())
                .addDirectory(dataDir.toString())
                .setMetadataLogDirectory(dataDir.toString())
                .setReleaseVersion(MetadataVersion.LATEST_PRODUCTION)
                .setSupportedFeatures(Feature.PRODUCTION_FEATURES)
                .setControllerListenerName("CONTROLLER")
                .setPrintStream(new java.io.PrintStream(java.io.OutputStream.nullOutputStream()))
                .run();
    }

    private synchronized void startBroker() {
        KafkaRaftServer broker = new KafkaRaftServer(new KafkaConfig(config(), false), Time.SYSTEM);
        broker.startup();
        server = broker;
    }

    private Map<String, String> config() {
        return Map.ofEntries(
                Map.entry("process.roles", "broker,controller"),
                Map.entry("node.id", Integer.toString(NODE_ID)),
                Map.entry("controller.quorum.voters", NODE_ID + "@127.0.0.1:" + controllerPort),
                Map.entry(
                        "listeners",
                        "PLAINTEXT://127.0.0.1:"
                                + port
                                + ",CONTROLLER://127.0.0.1:"
                                + controllerPort),
                Map.entry("advertised.listeners", "PLAINTEXT://127.0.0.1:" + port),
                Map.entry("controller.listener.names", "CONTROLLER"),
                Map.entry("inter.broker.listener.name", "PLAINTEXT"),
                Map.entry(
                        "listener.security.protocol.map",
                        "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT"),
                Map.entry("log.dirs", dataDir.toString()),
                Map.entry("num.partitions", Integer.toString(LocalKafka.PARTITIONS)),
                Map.entry("offsets.topic.replication.factor", "1"),
                Map.entry("transaction.state.log.replication.factor", "1"),
                Map.entry("transaction.state.log.min.isr", "1"),
                Map.entry("share.coordinator.state.topic.replication.factor", "1"),
                Map.entry("share.coordinator.state.topic.min.isr", "1"),
                Map.entry("group.initial.rebalance.delay.ms", "0"));
    }

    private void createTopics() throws ExecutionException, InterruptedException, TimeoutException {
        try (Admin admin = admin()) {
            admin.createTopics(
                            Topics.ALL.stream()
                                    .map(t -> new NewTopic(t, LocalKafka.PARTITIONS, (short) 1))
                                    .toList())
                    .all()
                    .get(60, TimeUnit.SECONDS);
        }
    }

    /** After a restart the broker is ready once it serves the topic list again. */
    private void awaitTopics() throws ExecutionException, InterruptedException, TimeoutException {
        try (Admin admin = admin()) {
            admin.listTopics().names().get(60, TimeUnit.SECONDS);
        }
    }

    private Admin admin() {
        return Admin.create(
                Map.of(
                        AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                        bootstrapServers(),
                        AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG,
                        60_000));
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress("127.0.0.1", 0));
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
