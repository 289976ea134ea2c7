package io.gigafab.gateway.publish;

import io.gigafab.gateway.GatewayMetrics;
import io.gigafab.gateway.config.BatchSettings;
import io.gigafab.gateway.config.BufferSettings;
import io.gigafab.gateway.config.KafkaSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;

/** Pipelines with test-sized timeouts, and metric readings. */
final class PipelineFixtures {

    /** Kafka gives up on a record after 5 s; the disk is probed every 200 ms. */
    static final DeliverySettings QUICK =
            new DeliverySettings(
                    Duration.ofSeconds(5),
                    Duration.ofMillis(500),
                    Duration.ofMillis(200),
                    64L << 20);

    private PipelineFixtures() {}

    static MeasurementPipeline pipeline(
            String bootstrapServers,
            Path bufferDirectory,
            long maxBufferBytes,
            int maxSamples,
            GatewayMetrics metrics) {
        return new MeasurementPipeline(
                new KafkaSettings(bootstrapServers, "gigafab-gateway-test", 5, null, null, null),
                new BufferSettings(bufferDirectory, maxBufferBytes, 1_000_000),
                new BatchSettings(maxSamples, 50),
                QUICK,
                metrics);
    }

    /** A gauge's current value as rendered for Prometheus (unlabelled gauges only). */
    static long gauge(GatewayMetrics metrics, String name) {
        return metrics.render()
                .lines()
                .filter(line -> line.startsWith(name + " "))
                .mapToLong(line -> Long.parseLong(line.substring(name.length() + 1)))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no gauge " + name));
    }

    /** The sum of a counter over all its label sets. */
    static long total(GatewayMetrics metrics, String name) {
        return metrics.render()
                .lines()
                .filter(line -> line.startsWith(name + " ") || line.startsWith(name + "{"))
                .mapToLong(line -> Long.parseLong(line.substring(line.lastIndexOf(' ') + 1)))
                .sum();
    }

    /** Live threads of pipelines and their Kafka producers (none once every pipeline is closed). */
    static java.util.List<String> pipelineThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(Thread::isAlive)
                .map(Thread::getName)
                .filter(
                        name ->
                                name.equals("gigafab-gateway-batcher")
                                        || name.equals("gigafab-gateway-buffer-drain")
                                        || name.contains("gigafab-gateway-test-publisher"))
                .toList();
    }

    static long segmentFiles(Path directory) {
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(f -> f.toString().endsWith(BufferSegment.SUFFIX)).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
