package io.gigafab.stack;

import static org.assertj.core.api.Assertions.assertThat;

import io.gigafab.events.EquipmentClass;
import io.gigafab.events.EquipmentRef;
import io.gigafab.events.Topics;
import io.gigafab.events.kafka.JsonDeserializer;
import io.gigafab.events.kafka.JsonSerializer;
import io.gigafab.events.measurement.MeasurementBatch;
import io.gigafab.events.measurement.ProductionContext;
import io.gigafab.events.measurement.Sample;
import io.gigafab.events.measurement.SampleValue;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The local broker is a real Kafka: the contracts cross it over TCP as they will in the plant. */
class LocalKafkaTest {

    @TempDir static Path workDir;

    private static LocalKafka kafka;

    @BeforeAll
    static void startBroker() throws Exception {
        kafka = LocalKafka.start(workDir);
    }

    @AfterAll
    static void stopBroker() throws Exception {
        kafka.close();
    }

    @Test
    void createsEveryGigafabTopic() throws Exception {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", kafka.bootstrapServers()))) {
            Set<String> topics = admin.listTopics().names().get();
            assertThat(topics).containsAll(Topics.ALL);
        }
    }

    @Test
    void measurementBatchesCrossTheBrokerKeyedByEquipmentAndInOrder() {
        EquipmentRef coater =
                new EquipmentRef("gf1", "electrode", "L1", "COAT-01", EquipmentClass.COATER);
        List<MeasurementBatch> sent = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            sent.add(coatWeightAt(coater, 1000.0 + i * 0.5, 21.0 + i * 0.01));
        }

        try (KafkaProducer<String, MeasurementBatch> producer = producer()) {
            sent.forEach(
                    batch ->
                            producer.send(
                                    new ProducerRecord<>(batch.topic(), batch.kafkaKey(), batch)));
            producer.flush();
        }

        List<ConsumerRecord<String, MeasurementBatch>> received = consumeAll(sent.size());
        assertThat(received).extracting(ConsumerRecord::key).containsOnly("COAT-01");
        assertThat(received)
                .extracting(ConsumerRecord::partition)
                .containsOnly(received.get(0).partition());
        assertThat(received).extracting(ConsumerRecord::value).containsExactlyElementsOf(sent);
    }

    private static MeasurementBatch coatWeightAt(
            EquipmentRef coater, double positionM, double mgPerCm2) {
        Instant now = Instant.parse("2026-11-20T08:00:00Z").plusMillis((long) (positionM * 1000));
        ProductionContext context =
                new ProductionContext(
                        "PO-1001",
                        null,
                        "R-240117-C03",
                        positionM,
                        null,
                        null,
                        null,
                        "LFP-COAT-C",
                        1);
        Sample sample =
                Sample.good("coating.coatWeight", SampleValue.of(mgPerCm2), "mg/cm2", now, context);
        return new MeasurementBatch(UUID.randomUUID(), coater, now, List.of(sample));
    }

    private static KafkaProducer<String, MeasurementBatch> producer() {
        return new KafkaProducer<>(
                Map.of(
                        ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        kafka.bootstrapServers(),
                        ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG,
                        true,
                        ProducerConfig.ACKS_CONFIG,
                        "all"),
                new StringSerializer(),
                new JsonSerializer<>());
    }

    private static List<ConsumerRecord<String, MeasurementBatch>> consumeAll(int expected) {
        Map<String, Object> config =
                Map.of(
                        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                        ConsumerConfig.GROUP_ID_CONFIG, "local-kafka-test",
                        ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        List<ConsumerRecord<String, MeasurementBatch>> received = new ArrayList<>();
        try (KafkaConsumer<String, MeasurementBatch> consumer =
                new KafkaConsumer<>(
                        config,
                        new StringDeserializer(),
                        new JsonDeserializer<>(MeasurementBatch.class))) {
            consumer.subscribe(List.of(Topics.MEASUREMENTS));
            Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
            while (received.size() < expected && Instant.now().isBefore(deadline)) {
                consumer.poll(Duration.ofMillis(500)).forEach(received::add);
            }
        }
        return received;
    }
}
