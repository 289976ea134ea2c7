package io.gigafab.stack;

import io.gigafab.events.Topics;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;

/**
 * A real single-node Kafka broker in KRaft mode (combined broker + controller) for the local stack,
 * with the Gigafab topics created. Clients reach it over TCP at {@link #bootstrapServers()}.
 */
public final class LocalKafka implements AutoCloseable {

    /** Partitions per topic in the local stack: enough to exercise keyed ordering. */
    static final int PARTITIONS = 3;

    private final KafkaClusterTestKit cluster;

    private LocalKafka(KafkaClusterTestKit cluster) {
        this.cluster = cluster;
    }

    /**
     * Formats and starts the broker with its logs under {@code workDir}, then creates the topics.
     */
    public static LocalKafka start(Path workDir) throws Exception {
        TestKitNodes nodes =
                new TestKitNodes.Builder()
                        .setCombined(true)
                        .setNumBrokerNodes(1)
                        .setNumControllerNodes(1)
                        .setBaseDirectory(workDir.resolve("kafka"))
                        .build();
        KafkaClusterTestKit cluster =
                new KafkaClusterTestKit.Builder(nodes)
                        .setConfigProp("offsets.topic.replication.factor", "1")
                        .setConfigProp("transaction.state.log.replication.factor", "1")
                        .setConfigProp("transaction.state.log.min.isr", "1")
                        .setConfigProp("group.initial.rebalance.delay.ms", "0")
                        .build();
        LocalKafka kafka = new LocalKafka(cluster);
        try {
            cluster.format();
            cluster.startup();
            cluster.waitForReadyBrokers();
            kafka.createTopics(Topics.ALL);
            return kafka;
        } catch (Exception e) {
            kafka.close();
            throw e;
        }
    }

    public String bootstrapServers() {
        return cluster.bootstrapServers();
    }

    private void createTopics(List<String> topics) throws ExecutionException, InterruptedException {
        try (Admin admin =
                Admin.create(
                        Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers()))) {
            List<NewTopic> newTopics =
                    topics.stream().map(t -> new NewTopic(t, PARTITIONS, (short) 1)).toList();
            admin.createTopics(newTopics).all().get();
        }
    }

    @Override
    public void close() throws Exception {
        cluster.close();
    }
}
