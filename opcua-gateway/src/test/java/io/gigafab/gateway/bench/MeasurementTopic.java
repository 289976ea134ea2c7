package io.gigafab.gateway.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.gigafab.events.Topics;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/** What is on {@code gigafab.measurements.v1}, read with a real consumer from the beginning. */
record MeasurementTopic(long records, long samples, long jsonBytes) {

    static MeasurementTopic read(String bootstrapServers) throws IOException {
        var config =
                Map.<String, Object>of(
                        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        bootstrapServers,
                        ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
                        false);
        var json = new ObjectMapper();
        long records = 0;
        long samples = 0;
        long bytes = 0;
        try (var consumer =
                new KafkaConsumer<>(
                        config, new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions =
                    consumer.partitionsFor(Topics.MEASUREMENTS).stream()
                            .map(p -> new TopicPartition(Topics.MEASUREMENTS, p.partition()))
                            .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                for (var record : consumer.poll(Duration.ofMillis(200))) {
                    records++;
                    samples += json.readTree(record.value()).get("samples").size();
                    bytes += record.value().length;
                }
            }
        }
        return new MeasurementTopic(records, samples, bytes);
    }
}
