package io.gigafab.gateway.publish;

import static io.gigafab.gateway.publish.PipelineFixtures.gauge;
import static io.gigafab.gateway.publish.PipelineFixtures.pipeline;
import static io.gigafab.gateway.publish.PipelineFixtures.total;
import static io.gigafab.gateway.publish.PublishedBatches.machine;
import static io.gigafab.gateway.publish.PublishedBatches.sample;
import static io.gigafab.gateway.publish.PublishedBatches.sequence;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.gigafab.events.EventJson;
import io.gigafab.events.Topics;
import io.gigafab.events.equipment.Alarm;
import io.gigafab.events.equipment.EquipmentEvent;
import io.gigafab.events.equipment.MachineryItemState;
import io.gigafab.events.equipment.StateChange;
import io.gigafab.gateway.GatewayMetrics;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pipeline against a real broker: batching, keys, order, events, and offers that never wait.
 */
@ExtendWith(EmbeddedBroker.Shared.class)
class MeasurementPipelineTest {

    private static final long MB = 1L << 20;

    @TempDir Path buffer;

    @Test
    void samplesOfSeveralMachinesArriveAsBatchesKeyedByMachineInOrderExactlyOnce() {
        String prefix = "ORDER-" + UUID.randomUUID().toString().substring(0, 8) + "-";
        int machines = 5;
        int perMachine = 3_000;
        GatewayMetrics metrics = new GatewayMetrics();
        try (MeasurementPipeline pipeline =
                pipeline(
                        EmbeddedBroker.broker().bootstrapServers(),
                        buffer,
                        64 * MB,
                        200,
                        metrics)) {
            pipeline.start();
            for (int i = 0; i < perMachine; i++) {
                for (int m = 0; m < machines; m++) {
                    pipeline.offer(machine(prefix + m), sample(i));
                }
            }
            await().atMost(Duration.ofSeconds(60))
                    .until(
                            () ->
                                    metrics.count(PublishMetrics.SAMPLES_PUBLISHED)
                                            == machines * perMachine);
        }

        PublishedBatches published =
                PublishedBatches.read(EmbeddedBroker.broker().bootstrapServers(), prefix);
        assertThat(published.valuesByMachine).hasSize(machines);
        published.valuesByMachine.forEach(
                (machine, values) ->
                        assertThat(values).as(machine).isEqualTo(sequence(perMachine)));
        assertThat(published.duplicateBatches).isZero();
        assertThat(published.keyMismatches).isEmpty();
        assertThat(published.byId.values())
                .allSatisfy(b -> assertThat(b.samples()).hasSizeLessThanOrEqualTo(200));
        assertThat(metrics.count(PublishMetrics.BATCHES_PUBLISHED)).isEqualTo(published.batches);
        for (int m = 0; m < machines; m++) {
            assertThat(metrics.count(PublishMetrics.VALUES, "machine=\"" + prefix + m + "\""))
                    .isEqualTo(perMachine);
        }
        assertThat(total(metrics, PublishMetrics.SAMPLES_DROPPED)).isZero();
        assertThat(metrics.count(PublishMetrics.BUFFERED)).as("never went to disk").isZero();
        assertThat(gauge(metrics, PublishMetrics.LAG_P99)).isPositive();
    }

    @Test
    void equipmentEventsReachTheirTopicKeyedByEquipmentId() {
        String prefix = "EVENT-" + UUID.randomUUID().toString().substring(0, 8) + "-";
        List<EquipmentEvent> events = events(prefix + "COAT", prefix + "CAL");
        GatewayMetrics metrics = new GatewayMetrics();
        try (MeasurementPipeline pipeline =
                pipeline(
                        EmbeddedBroker.broker().bootstrapServers(),
                        buffer,
                        64 * MB,
                        200,
                        metrics)) {
            pipeline.start();
            events.forEach(pipeline::offer);
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> metrics.count(PublishMetrics.EVENTS_PUBLISHED) == events.size());
        }

        Map<String, List<EquipmentEvent>> byKey = new HashMap<>();
        for (ConsumerRecord<String, byte[]> record :
                PublishedBatches.readAll(
                        EmbeddedBroker.broker().bootstrapServers(), Topics.EQUIPMENT_EVENTS)) {
            if (record.key().startsWith(prefix)) {
                EquipmentEvent event = EventJson.fromJson(record.value(), EquipmentEvent.class);
                assertThat(event.equipment().equipmentId()).isEqualTo(record.key());
                byKey.computeIfAbsent(record.key(), k -> new ArrayList<>()).add(event);
            }
        }
        assertThat(byKey.get(prefix + "COAT")).containsExactly(events.get(0), events.get(2));
        assertThat(byKey.get(prefix + "CAL")).containsExactly(events.get(1));
    }

    /** The coater starts and stops, the calender raises an alarm in between. */
    private static List<EquipmentEvent> events(String coater, String calender) {
        Instant now = Instant.now();
        return List.of(
                new StateChange(
                        UUID.randomUUID(),
                        machine(coater),
                        now,
                        null,
                        MachineryItemState.EXECUTING),
                new Alarm(
                        UUID.randomUUID(),
                        machine(calender),
                        now,
                        "E-3107",
                        700,
                        "Dryer zone 3 over temperature",
                        true),
                new StateChange(
                        UUID.randomUUID(),
                        machine(coater),
                        now.plusSeconds(1),
                        MachineryItemState.EXECUTING,
                        MachineryItemState.NOT_EXECUTING));
    }

    @Test
    void offerReturnsAtOnceWhileKafkaIsUnreachable() {
        GatewayMetrics metrics = new GatewayMetrics();
        int offers = 100_000;
        try (MeasurementPipeline pipeline =
                pipeline(EmbeddedBroker.unreachable(), buffer, 512 * MB, 500, metrics)) {
            pipeline.start();
            long started = System.nanoTime();
            for (int i = 0; i < offers; i++) {
                pipeline.offer(machine("DOWN-" + (i % 4)), sample(i / 4));
            }
            long elapsedMs = (System.nanoTime() - started) / 1_000_000;
            System.out.printf(
                    "%d offers with Kafka unreachable returned in %d ms%n", offers, elapsedMs);

            assertThat(total(metrics, PublishMetrics.SAMPLES_DROPPED))
                    .as("every offer was taken")
                    .isZero();
            await().atMost(Duration.ofSeconds(30))
                    .untilAsserted(
                            () -> {
                                assertThat(total(metrics, PublishMetrics.VALUES)).isEqualTo(offers);
                                assertThat(gauge(metrics, PublishMetrics.BUFFERING)).isOne();
                                assertThat(gauge(metrics, PublishMetrics.QUEUE_DEPTH)).isZero();
                            });
            pipeline.close();
            assertThat(gauge(metrics, PublishMetrics.BUFFER_BATCHES))
                    .as("all on disk")
                    .isEqualTo(metrics.count(PublishMetrics.BUFFERED));
            assertThat(metrics.count(PublishMetrics.SAMPLES_PUBLISHED)).isZero();
            assertThat(total(metrics, PublishMetrics.KAFKA_ERRORS)).isPositive();
        }
        assertThat(PipelineFixtures.pipelineThreads()).as("close() stops every thread").isEmpty();
    }
}
