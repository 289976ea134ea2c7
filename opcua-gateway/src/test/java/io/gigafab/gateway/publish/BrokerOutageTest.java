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

import io.gigafab.gateway.GatewayMetrics;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real outage in the middle of a stream: the gateway reaches the broker through a TCP proxy (the
 * broker advertises the proxy's address), the proxy is cut for 22 s while samples keep coming at
 * 5,000/s, then restored. Nothing may be lost, order per machine must hold.
 */
@ExtendWith(EmbeddedBroker.Shared.class)
class BrokerOutageTest {

    private static final int MACHINES = 4;
    private static final int PER_TICK = 50; // per 10 ms: 5,000 samples/s in all

    @TempDir Path buffer;

    @Test
    void anOutageOfTwentySecondsLosesNothingAndKeepsOrderPerMachine() throws Exception {
        EmbeddedBroker kafka = EmbeddedBroker.broker();
        GatewayMetrics metrics = new GatewayMetrics();
        SampleStream stream;
        try (TcpProxy proxy = new TcpProxy(kafka.proxyPort(), kafka.brokerProxiedPort()).restore();
                MeasurementPipeline pipeline =
                        pipeline(
                                "127.0.0.1:" + kafka.proxyPort(),
                                buffer,
                                512L << 20,
                                200,
                                metrics)) {
            pipeline.start();
            stream = new SampleStream(pipeline, metrics);
            stream.run(Duration.ofSeconds(6));
            assertThat(pipeline.buffering()).isFalse();
            assertThat(metrics.count(PublishMetrics.BUFFERED)).isZero();

            proxy.cut();
            stream.run(Duration.ofSeconds(22));
            assertThat(pipeline.buffering()).as("on disk during the outage").isTrue();

            proxy.restore();
            stream.run(Duration.ofSeconds(8));
            await().atMost(Duration.ofSeconds(90))
                    .until(() -> metrics.count(PublishMetrics.SAMPLES_PUBLISHED) == stream.offered);
            await().atMost(Duration.ofSeconds(10)).until(() -> !pipeline.buffering());
        }
        assertEverySampleArrivedOnceInOrder(stream, metrics);
    }

    private void assertEverySampleArrivedOnceInOrder(SampleStream stream, GatewayMetrics metrics) {
        PublishedBatches published =
                PublishedBatches.read(EmbeddedBroker.broker().bootstrapServers(), stream.prefix);
        System.out.printf(
                "outage: %d samples offered, %d batches read, %d repeated batch ids, at most %d"
                        + " records on disk, %d Kafka errors%n",
                stream.offered,
                published.batches,
                published.duplicateBatches,
                stream.maxOnDisk,
                total(metrics, PublishMetrics.KAFKA_ERRORS));
        assertThat(published.valuesByMachine).hasSize(MACHINES);
        published.valuesByMachine.forEach(
                (m, values) ->
                        assertThat(values).as(m).isEqualTo(sequence(stream.offered / MACHINES)));
        assertThat(total(metrics, PublishMetrics.SAMPLES_DROPPED)).isZero();
        assertThat(stream.maxOnDisk).isPositive();
        assertThat(metrics.count(PublishMetrics.BUFFERED)).isPositive();
        assertThat(total(metrics, PublishMetrics.KAFKA_ERRORS)).isPositive();
        assertThat(segmentFiles(buffer)).isZero();
        assertThat(PipelineFixtures.pipelineThreads()).isEmpty();
    }

    /** Samples of {@code MACHINES} machines, round robin, {@code PER_TICK} every 10 ms. */
    private static final class SampleStream {
        final String prefix = "OUTAGE-" + UUID.randomUUID().toString().substring(0, 8) + "-";
        final MeasurementPipeline pipeline;
        final GatewayMetrics metrics;
        int offered;
        long maxOnDisk;

        SampleStream(MeasurementPipeline pipeline, GatewayMetrics metrics) {
            this.pipeline = pipeline;
            this.metrics = metrics;
        }

        void run(Duration duration) throws InterruptedException {
            long end = System.nanoTime() + duration.toNanos();
            for (int tick = 0; System.nanoTime() < end; tick++) {
                for (int i = 0; i < PER_TICK / MACHINES; i++) {
                    int sequence = offered / MACHINES;
                    for (int m = 0; m < MACHINES; m++) {
                        pipeline.offer(machine(prefix + m), sample(sequence));
                        offered++;
                    }
                }
                if (tick % 100 == 0) {
                    maxOnDisk = Math.max(maxOnDisk, gauge(metrics, PublishMetrics.BUFFER_BATCHES));
                }
                Thread.sleep(10);
            }
        }
    }
}
