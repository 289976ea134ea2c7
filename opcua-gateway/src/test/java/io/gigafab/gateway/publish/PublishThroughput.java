package io.gigafab.gateway.publish;

import io.gigafab.events.EquipmentClass;
import io.gigafab.events.EquipmentRef;
import io.gigafab.events.measurement.ProductionContext;
import io.gigafab.events.measurement.Sample;
import io.gigafab.events.measurement.SampleValue;
import io.gigafab.gateway.GatewayMetrics;
import io.gigafab.gateway.config.BatchSettings;
import io.gigafab.gateway.config.BufferSettings;
import io.gigafab.gateway.config.KafkaSettings;
import io.gigafab.stack.LocalKafka;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;

/**
 * Throughput of the publishing pipeline with default settings against a real broker in the same JVM
 * (so broker and gateway share the CPUs): two "listener" threads offer coating samples of 200
 * machines at a target rate (0 = as fast as they can); the figure is what Kafka acknowledged.
 *
 * <pre>
 * java -cp target/test-classes:target/classes:$(cat cp.txt) \
 *     io.gigafab.gateway.publish.PublishThroughput [samplesPerSecond] [seconds]
 * </pre>
 */
public final class PublishThroughput {

    private static final int MACHINES = 200;
    private static final int LISTENERS = 2;

    public static void main(String[] args) throws Exception {
        long rate = args.length > 0 ? Long.parseLong(args[0]) : 100_000;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        Path work = Files.createTempDirectory("gigafab-throughput");
        if (args.length > 2 && args[2].equals("catch-up")) {
            catchUp(work, rate, seconds);
            System.exit(0);
        }
        try (LocalKafka kafka = LocalKafka.start(work)) {
            GatewayMetrics metrics = new GatewayMetrics();
            KafkaSettings settings =
                    new KafkaSettings(kafka.bootstrapServers(), null, null, null, null, null);
            BufferSettings buffer = new BufferSettings(work.resolve("buffer"), null, null);
            try (MeasurementPipeline pipeline =
                    new MeasurementPipeline(settings, buffer, BatchSettings.defaults(), metrics)) {
                pipeline.start();
                run(pipeline, metrics, rate, seconds);
            }
        }
        System.exit(0);
    }

    /**
     * Kafka away for {@code seconds} at {@code rate} (everything to disk), then back while the
     * samples keep coming: how long until the backlog is drained, and the drain rate.
     */
    private static void catchUp(Path work, long rate, int seconds) throws Exception {
        BufferSettings buffer = new BufferSettings(work.resolve("buffer"), null, null);
        GatewayMetrics down = new GatewayMetrics();
        try (MeasurementPipeline pipeline =
                new MeasurementPipeline(
                        new KafkaSettings(
                                EmbeddedBroker.unreachable(), null, null, null, null, null),
                        buffer,
                        BatchSettings.defaults(),
                        down)) {
            pipeline.start();
            offerFor(pipeline, rate, seconds);
        }
        long backlog = PipelineFixtures.total(down, PublishMetrics.VALUES);
        try (LocalKafka kafka = LocalKafka.start(work)) {
            GatewayMetrics up = new GatewayMetrics();
            KafkaSettings settings =
                    new KafkaSettings(kafka.bootstrapServers(), null, null, null, null, null);
            try (MeasurementPipeline pipeline =
                    new MeasurementPipeline(settings, buffer, BatchSettings.defaults(), up)) {
                AtomicBoolean running = new AtomicBoolean(true);
                Thread live = new Thread(() -> offer(pipeline, 0, rate, running), "listener");
                long start = System.nanoTime();
                pipeline.start();
                live.start();
                while (pipeline.buffering()) {
                    Thread.sleep(100);
                }
                double elapsed = (System.nanoTime() - start) / 1e9;
                running.set(false);
                live.join();
                System.out.printf(
                        "CATCH-UP backlog %,d samples (%,d records) drained in %.1f s while %,d/s"
                                + " kept coming: %,.0f samples/s acknowledged, dropped %,d%n",
                        backlog,
                        down.count(PublishMetrics.BUFFERED),
                        elapsed,
                        rate,
                        up.count(PublishMetrics.SAMPLES_PUBLISHED) / elapsed,
                        PipelineFixtures.total(up, PublishMetrics.SAMPLES_DROPPED)
                                + PipelineFixtures.total(down, PublishMetrics.SAMPLES_DROPPED));
            }
        }
    }

    private static void offerFor(MeasurementPipeline pipeline, long rate, int seconds)
            throws InterruptedException {
        AtomicBoolean running = new AtomicBoolean(true);
        Thread listener = new Thread(() -> offer(pipeline, 0, rate, running), "listener");
        listener.start();
        Thread.sleep(seconds * 1_000L);
        running.set(false);
        listener.join();
    }

    private static void run(
            MeasurementPipeline pipeline, GatewayMetrics metrics, long rate, int seconds)
            throws InterruptedException {
        AtomicBoolean running = new AtomicBoolean(true);
        Thread[] listeners = new Thread[LISTENERS];
        for (int l = 0; l < LISTENERS; l++) {
            int first = l;
            listeners[l] =
                    new Thread(
                            () -> offer(pipeline, first, rate / LISTENERS, running),
                            "listener-" + l);
            listeners[l].start();
        }
        Thread.sleep(5_000); // warm-up
        long startPublished = metrics.count(PublishMetrics.SAMPLES_PUBLISHED);
        long startDropped = PipelineFixtures.total(metrics, PublishMetrics.SAMPLES_DROPPED);
        long startOffered = PipelineFixtures.total(metrics, PublishMetrics.VALUES);
        long start = System.nanoTime();
        for (int s = 1; s <= seconds; s++) {
            Thread.sleep(1_000);
            System.out.printf(
                    "t=%2ds acknowledged %,d samples/s, lag p50 %d ms p99 %d ms, queue %d,"
                            + " buffering %d%n",
                    s,
                    (long)
                            ((metrics.count(PublishMetrics.SAMPLES_PUBLISHED) - startPublished)
                                    / ((System.nanoTime() - start) / 1e9)),
                    PipelineFixtures.gauge(metrics, PublishMetrics.LAG_P50),
                    PipelineFixtures.gauge(metrics, PublishMetrics.LAG_P99),
                    PipelineFixtures.gauge(metrics, PublishMetrics.QUEUE_DEPTH),
                    PipelineFixtures.gauge(metrics, PublishMetrics.BUFFERING));
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        running.set(false);
        for (Thread listener : listeners) {
            listener.join();
        }
        report(metrics, rate, elapsed, startOffered, startPublished, startDropped);
    }

    private static void report(
            GatewayMetrics metrics,
            long rate,
            double elapsed,
            long startOffered,
            long startPublished,
            long startDropped) {
        System.out.printf(
                "RESULT target %,d/s: taken %,.0f samples/s, acknowledged %,.0f samples/s, dropped"
                        + " %,d, lag p50 %d ms p99 %d ms, %d batches published, %d via disk%n",
                rate,
                (PipelineFixtures.total(metrics, PublishMetrics.VALUES) - startOffered) / elapsed,
                (metrics.count(PublishMetrics.SAMPLES_PUBLISHED) - startPublished) / elapsed,
                PipelineFixtures.total(metrics, PublishMetrics.SAMPLES_DROPPED) - startDropped,
                PipelineFixtures.gauge(metrics, PublishMetrics.LAG_P50),
                PipelineFixtures.gauge(metrics, PublishMetrics.LAG_P99),
                metrics.count(PublishMetrics.BATCHES_PUBLISHED),
                metrics.count(PublishMetrics.BUFFERED));
    }

    /** Offers samples of every other machine, paced in 1 ms ticks (or flat out for rate 0). */
    private static void offer(
            MeasurementPipeline pipeline, int first, long rate, AtomicBoolean running) {
        EquipmentRef[] machines = new EquipmentRef[MACHINES / LISTENERS];
        for (int m = 0; m < machines.length; m++) {
            machines[m] =
                    new EquipmentRef(
                            "gf1",
                            "electrode",
                            "L1",
                            "COAT-" + (first + m * LISTENERS),
                            EquipmentClass.COATER);
        }
        long perTick = Math.max(1, rate / 1_000);
        long next = System.nanoTime();
        long sequence = 0;
        while (running.get()) {
            for (long i = 0; i < (rate == 0 ? 1_000 : perTick); i++) {
                pipeline.offer(machines[(int) (sequence % machines.length)], sample(sequence++));
            }
            if (rate > 0) {
                next += 1_000_000;
                LockSupport.parkNanos(next - System.nanoTime());
            }
        }
    }

    private static Sample sample(long sequence) {
        double weight = 21.3 + ThreadLocalRandom.current().nextGaussian() * 0.1;
        return new Sample(
                "coating.arealMass.sideA",
                SampleValue.of(weight),
                "mg/cm2",
                0,
                null,
                Instant.now(),
                Instant.now(),
                ProductionContext.builder()
                        .orderId("PO-1001")
                        .roll("R-240117-C03", sequence * 0.01)
                        .recipe("LFP-COAT-C", 2)
                        .build());
    }
}
