package io.gigafab.mes.outbox;

import io.gigafab.mes.MesTestStack;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;

/** Everything committed on a topic of the test broker, read as a read_committed consumer. */
public final class PublishedMessages {

    /** One record: key, value and the outbox id header (null when absent). */
    public record Published(String key, String value, String outboxId) {}

    private PublishedMessages() {}

    public static List<Published> withKeys(String topic, Collection<String> keys) {
        return on(topic).stream().filter(message -> keys.contains(message.key())).toList();
    }

    public static List<Published> on(String topic) {
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config())) {
            List<TopicPartition> partitions =
                    consumer.partitionsFor(topic).stream()
                            .map(info -> new TopicPartition(topic, info.partition()))
                            .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            List<Published> messages = new ArrayList<>();
            while (end.entrySet().stream()
                    .anyMatch(e -> consumer.position(e.getKey()) < e.getValue())) {
                for (ConsumerRecord<String, String> record :
                        consumer.poll(Duration.ofMillis(200))) {
                    messages.add(new Published(record.key(), record.value(), outboxId(record)));
                }
            }
            return messages;
        }
    }

    private static String outboxId(ConsumerRecord<String, String> record) {
        Header header = record.headers().lastHeader(OutboxRelay.ID_HEADER);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static Properties config() {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, MesTestStack.kafkaBootstrapServers());
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        return config;
    }
}
