package io.gigafab.gateway.publish;

import static io.gigafab.gateway.publish.PipelineFixtures.gauge;
import static io.gigafab.gateway.publish.PipelineFixtures.pipeline;
import static io.gigafab.gateway.publish.PipelineFixtures.segmentFiles;
import static io.gigafab.gateway.publish.PipelineFixtures.total;
import static io.gigafab.gateway.publish.PublishedBatches.machine;
import static io.gigafab.gateway.publish.PublishedBatches.sample;
import static io.gigafab.gateway.publish.PublishedBatches.sequence;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.gigafab.events.EventJson;
import io.gigafab.events.measurement.MeasurementBatch;
import io.gigafab.gateway.GatewayMetrics;
import io.gigafab.gateway.publish.DiskBuffer.BufferedMessage;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The disk buffer through the pipeline: across a restart, and when it is full. */
@ExtendWith(EmbeddedBroker.Shared.class)
class StoreAndForwardTest {

    private static final long MB = 1L << 20;

    @TempDir Path buffer;

    @Test
    void whatWasBufferedWhileKafkaWasDownIsSentAfterARestartFirstAndInOrder() {
        String prefix = "RESTART-" + UUID.randomUUID().toString().substring(0, 8) + "-";
        GatewayMetrics before = new GatewayMetrics();
        try (MeasurementPipeline down =
                pipeline(EmbeddedBroker.unreachable(), buffer, 64 * MB, 100, before)) {
            down.start();
            offer(down, prefix, 0, 1_000);
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> total(before, PublishMetrics.VALUES) == 3_000);
        }
        assertThat(before.count(PublishMetrics.SAMPLES_PUBLISHED)).isZero();
        assertThat(gauge(before, PublishMetrics.BUFFER_BATCHES))
                .isEqualTo(before.count(PublishMetrics.BUFFERED));
        assertThat(segmentFiles(buffer)).isPositive();

        GatewayMetrics after = new GatewayMetrics();
        try (MeasurementPipeline up =
                pipeline(EmbeddedBroker.broker().bootstrapServers(), buffer, 64 * MB, 100, after)) {
            assertThat(up.buffering()).as("starts on disk: the old records go first").isTrue();
            up.start();
            offer(up, prefix, 1_000, 1_010);
            await().atMost(Duration.ofSeconds(60))
                    .until(() -> after.count(PublishMetrics.SAMPLES_PUBLISHED) == 3_030);
            await().atMost(Duration.ofSeconds(10)).until(() -> !up.buffering());
            assertThat(gauge(after, PublishMetrics.BUFFER_BYTES)).isZero();
        }

        PublishedBatches published =
                PublishedBatches.read(EmbeddedBroker.broker().bootstrapServers(), prefix);
        assertThat(published.valuesByMachine).hasSize(3);
        published.valuesByMachine.forEach(
                (m, values) -> assertThat(values).as(m).isEqualTo(sequence(1_010)));
        assertThat(published.duplicateBatches).isZero();
        assertThat(segmentFiles(buffer)).as("acknowledged segments are deleted").isZero();
    }

    @Test
    void aFullDiskDropsNewBatchesCountsThemAndKeepsWhatIsStoredIntact() throws Exception {
        String prefix = "FULL-" + UUID.randomUUID().toString().substring(0, 8) + "-";
        long maxBytes = 64 * 1024;
        GatewayMetrics metrics = new GatewayMetrics();
        try (MeasurementPipeline down =
                pipeline(EmbeddedBroker.unreachable(), buffer, maxBytes, 50, metrics)) {
            down.start();
            offer(down, prefix, 0, 2_000);
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> total(metrics, PublishMetrics.VALUES) == 6_000);
            assertThat(gauge(metrics, PublishMetrics.BUFFER_FULL)).isOne();
        }
        long dropped = metrics.count(PublishMetrics.SAMPLES_DROPPED, "reason=\"disk_full\"");
        assertThat(dropped).isPositive();
        assertThat(total(metrics, PublishMetrics.SAMPLES_DROPPED)).isEqualTo(dropped);

        long stored = samplesOnDisk(maxBytes, metrics.count(PublishMetrics.BUFFERED));
        assertThat(stored + dropped)
                .as("every sample is stored or counted as dropped")
                .isEqualTo(6_000);

        GatewayMetrics after = new GatewayMetrics();
        long expected = stored;
        try (MeasurementPipeline up =
                pipeline(EmbeddedBroker.broker().bootstrapServers(), buffer, maxBytes, 50, after)) {
            up.start();
            await().atMost(Duration.ofSeconds(60))
                    .until(() -> after.count(PublishMetrics.SAMPLES_PUBLISHED) == expected);
            await().atMost(Duration.ofSeconds(10)).until(() -> !up.buffering());
        }
        PublishedBatches published =
                PublishedBatches.read(EmbeddedBroker.broker().bootstrapServers(), prefix);
        assertThat(published.samples()).isEqualTo(stored);
        published.valuesByMachine.forEach(
                (m, values) ->
                        assertThat(values)
                                .as("%s: the oldest values, in order", m)
                                .isEqualTo(sequence(values.size())));
    }

    /** Reads the buffer directly: every record is whole and a valid batch; returns the samples. */
    private long samplesOnDisk(long maxBytes, long records) throws IOException {
        long samples = 0;
        try (DiskBuffer disk = DiskBuffer.open(buffer, maxBytes)) {
            List<BufferedMessage> messages = disk.read(Integer.MAX_VALUE, Long.MAX_VALUE);
            assertThat(messages).hasSize((int) records);
            for (BufferedMessage message : messages) {
                MeasurementBatch batch =
                        EventJson.fromJson(message.message().value(), MeasurementBatch.class);
                assertThat(batch.samples()).hasSize(message.message().sampleCount());
                samples += batch.samples().size();
            }
        }
        return samples;
    }

    private static void offer(MeasurementPipeline pipeline, String prefix, int from, int to) {
        for (int i = from; i < to; i++) {
            for (int m = 0; m < 3; m++) {
                pipeline.offer(machine(prefix + m), sample(i));
            }
        }
    }
}
