package io.gigafab.mes.outbox;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Reads back which outbox messages Kafka already holds: the outbox ids in the {@value
 * OutboxRelay#ID_HEADER} header of the committed records at the tail of every partition of the
 * given topics (read_committed, assign and seek, no consumer group).
 */
final class DeliveredMessages {

    private static final Duration POLL = Duration.ofMillis(200);

    private final RelaySettings settings;

    DeliveredMessages(RelaySettings settings) {
        this.settings = settings;
    }

    /** The outbox ids in the last {@link RelaySettings#tailWindow()} offsets of each partition. */
    Set<Long> outboxIds(Collection<String> topics) {
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(consumerConfig())) {
            List<TopicPartition> partitions = partitions(consumer, topics);
            consumer.assign(partitions);
            Map<TopicPartition, Long> end =
                    consumer.endOffsets(partitions, settings.kafkaTimeout());
            Map<TopicPartition, Long> begin =
                    consumer.beginningOffsets(partitions, settings.kafkaTimeout());
            for (TopicPartition partition : partitions) {
                long from = end.get(partition) - settings.tailWindow();
                consumer.seek(partition, Math.max(begin.get(partition), from));
            }
            return readUntil(consumer, end);
        }
    }

    private Set<Long> readUntil(
            KafkaConsumer<byte[], byte[]> consumer, Map<TopicPartition, Long> end) {
        long deadline = System.nanoTime() + settings.kafkaTimeout().toNanos();
        Set<Long> ids = new HashSet<>();
        while (!reached(consumer, end)) {
            if (System.nanoTime() > deadline) {
                throw new TimeoutException("the tail of the outbox topics could not be read");
            }
            for (ConsumerRecord<byte[], byte[]> record : consumer.poll(POLL)) {
                Header id = record.headers().lastHeader(OutboxRelay.ID_HEADER);
                if (id != null) {
                    ids.add(Long.parseLong(new String(id.value(), StandardCharsets.UTF_8)));
                }
            }
        }
        return ids;
    }

    private boolean reached(KafkaConsumer<byte[], byte[]> consumer, Map<TopicPartition, Long> end) {
        return end.entrySet().stream()
                .allMatch(
                        e ->
                                consumer.position(e.getKey(), settings.kafkaTimeout())
                                        >= e.getValue());
    }

    private List<TopicPartition> partitions(
            KafkaConsumer<byte[], byte[]> consumer, Collection<String> topics) {
        List<TopicPartition> partitions = new ArrayList<>();
        for (String topic : topics) {
            for (PartitionInfo info : consumer.partitionsFor(topic, settings.kafkaTimeout())) {
                partitions.add(new TopicPartition(topic, info.partition()));
            }
        }
        return partitions;
    }

    private Properties consumerConfig() {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, settings.bootstrapServers());
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        config.put(ConsumerConfig.CLIENT_ID_CONFIG, settings.transactionalId() + "-reconcile");
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        config.put(
                ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG,
                (int) settings.kafkaTimeout().toMillis());
        config.put(
                ConsumerConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) settings.kafkaTimeout().toMillis());
        return config;
    }
}
