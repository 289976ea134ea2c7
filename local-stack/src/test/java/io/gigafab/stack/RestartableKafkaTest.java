package io.gigafab.stack;

import static org.assertj.core.api.Assertions.assertThat;

import io.gigafab.events.Topics;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A broker that goes down and comes back on the same address with what it had stored; a new start
 * on the same folder begins empty.
 */
class RestartableKafkaTest {

    @TempDir Path workDir;

    @Test
    void keepsItsPortAndItsMessagesAcrossARestart() throws Exception {
        try (RestartableKafka kafka = RestartableKafka.start(workDir, 0)) {
            String address = kafka.bootstrapServers();
            send(address, "before");
            kafka.stop();
            assertThat(kafka.running()).isFalse();

            kafka.restart();
            send(address, "after");

            assertThat(kafka.bootstrapServers()).isEqualTo(address);
            assertThat(readAll(address, 2)).containsExactly("before", "after");
        }
    }

    @Test
    void aNewStartOnTheSameFolderIsANewEmptyBroker() throws Exception {
        try (RestartableKafka first = RestartableKafka.start(workDir, 0)) {
            send(first.bootstrapServers(), "of the first start");
        }
        try (RestartableKafka second = RestartableKafka.start(workDir, 0)) {
            send(second.bootstrapServers(), "of the second start");

            assertThat(readAll(second.bootstrapServers(), 1))
                    .containsExactly("of the second start");
            assertThat(storedMessages(second.bootstrapServers())).isEqualTo(1);
        }
    }

    private static void send(String bootstrap, String value) throws Exception {
        try (var producer =
                new KafkaProducer<>(
                        Map.<String, Object>of("bootstrap.servers", bootstrap),
                        new StringSerializer(),
                        new StringSerializer())) {
            producer.send(new ProducerRecord<>(Topics.UNIT_EVENTS, "unit-1", value)).get();
        }
    }

    private static long storedMessages(String bootstrap) {
        try (var consumer =
                new KafkaConsumer<>(
                        Map.<String, Object>of("bootstrap.servers", bootstrap),
                        new StringDeserializer(),
                        new StringDeserializer())) {
            var partitions =
                    consumer.partitionsFor(Topics.UNIT_EVENTS).stream()
                            .map(p -> new TopicPartition(p.topic(), p.partition()))
                            .toList();
            return consumer.endOffsets(partitions).values().stream()
                    .mapToLong(Long::longValue)
                    .sum();
        }
    }

    private static List<String> readAll(String bootstrap, int expected) {
        Map<String, Object> config =
                Map.of(
                        "bootstrap.servers", bootstrap,
                        "group.id", "restart-test",
                        "auto.offset.reset", "earliest");
        List<String> values = new ArrayList<>();
        try (var consumer =
                new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(Topics.UNIT_EVENTS));
            long deadline = System.currentTimeMillis() + 30_000;
            while (values.size() < expected && System.currentTimeMillis() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(r -> values.add(r.value()));
            }
        }
        return values;
    }
}
