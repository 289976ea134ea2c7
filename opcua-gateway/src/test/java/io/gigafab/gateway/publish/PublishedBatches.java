package io.gigafab.gateway.publish;

import static org.assertj.core.api.Assertions.assertThat;

import io.gigafab.events.EquipmentClass;
import io.gigafab.events.EquipmentRef;
import io.gigafab.events.EventJson;
import io.gigafab.events.Topics;
import io.gigafab.events.measurement.MeasurementBatch;
import io.gigafab.events.measurement.ProductionContext;
import io.gigafab.events.measurement.Sample;
import io.gigafab.events.measurement.SampleValue;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.LongStream;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * What a test run published on {@code gigafab.measurements.v1}, read back with a real consumer up
 * to the end of every partition: the batches of machines whose id starts with a prefix, the sample
 * values per machine in Kafka order, and how often a batch id came twice.
 */
final class PublishedBatches {

    final Map<String, List<Long>> valuesByMachine = new LinkedHashMap<>();
    final Map<UUID, MeasurementBatch> byId = new HashMap<>();
    int batches;
    int duplicateBatches;
    final Set<String> keyMismatches = new HashSet<>();

    /** Sample {@code sequence} of a machine: the value is the sequence number. */
    static Sample sample(long sequence) {
        return Sample.good(
                "coating.coatWeight",
                SampleValue.of((double) sequence),
                "mg/cm2",
                Instant.now(),
                ProductionContext.builder().roll("R-TEST-C01", sequence * 0.1).build());
    }

    static EquipmentRef machine(String id) {
        return new EquipmentRef("gf1", "electrode", "L1", id, EquipmentClass.COATER);
    }

    static List<Long> sequence(long count) {
        return LongStream.range(0, count).boxed().toList();
    }

    static PublishedBatches read(String bootstrapServers, String machinePrefix) {
        PublishedBatches published = new PublishedBatches();
        for (ConsumerRecord<String, byte[]> record :
                readAll(bootstrapServers, Topics.MEASUREMENTS)) {
            if (record.key() != null && record.key().startsWith(machinePrefix)) {
                published.add(
                        record.key(), EventJson.fromJson(record.value(), MeasurementBatch.class));
            }
        }
        return published;
    }

    /** Every record of a topic, up to the end offsets at the time of the call. */
    static List<ConsumerRecord<String, byte[]>> readAll(String bootstrapServers, String topic) {
        Map<String, Object> config =
                Map.of(
                        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        bootstrapServers,
                        ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
                        false,
                        ConsumerConfig.MAX_POLL_RECORDS_CONFIG,
                        2000);
        try (KafkaConsumer<String, byte[]> consumer =
                new KafkaConsumer<>(
                        config, new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions =
                    consumer.partitionsFor(topic).stream()
                            .map(p -> new TopicPartition(topic, p.partition()))
                            .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
            return records;
        }
    }

    private void add(String key, MeasurementBatch batch) {
        batches++;
        if (!key.equals(batch.equipment().equipmentId())) {
            keyMismatches.add(key);
        }
        MeasurementBatch earlier = byId.putIfAbsent(batch.batchId(), batch);
        if (earlier != null) {
            duplicateBatches++;
            assertThat(batch).as("a repeated batch id carries the same batch").isEqualTo(earlier);
            return; // consumers drop a repeated batch id, as the contract says
        }
        List<Long> values = valuesByMachine.computeIfAbsent(key, k -> new ArrayList<>());
        for (Sample sample : batch.samples()) {
            values.add((long) ((SampleValue.NumberValue) sample.value()).number());
        }
    }

    long samples() {
        return valuesByMachine.values().stream().mapToLong(List::size).sum();
    }
}
