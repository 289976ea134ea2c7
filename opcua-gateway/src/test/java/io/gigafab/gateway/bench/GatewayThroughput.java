package io.gigafab.gateway.bench;

import static org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.Unsigned.uint;

import io.gigafab.gateway.Gateway;
import io.gigafab.gateway.GatewayMetrics;
import io.gigafab.gateway.config.GatewayConfig;
import io.gigafab.gateway.config.GatewayConfigs;
import io.gigafab.simulator.EquipmentServer;
import io.gigafab.simulator.LoadNamespace;
import io.gigafab.stack.LocalKafka;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;
import org.eclipse.milo.opcua.sdk.client.OpcUaClient;
import org.eclipse.milo.opcua.sdk.client.subscriptions.OpcUaMonitoredItem;
import org.eclipse.milo.opcua.sdk.client.subscriptions.OpcUaSubscription;
import org.eclipse.milo.opcua.stack.core.Stack;
import org.eclipse.milo.opcua.stack.core.types.builtin.DataValue;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;

/**
 * End-to-end throughput of the gateway (a benchmark main, not a test): the line simulator's load
 * mode ({@code tags} Double tags, all changing every {@code intervalMs}) → OPC UA → gateway →
 * Kafka, next to what a bare Milo subscription to the same tags receives (the limit). Simulator,
 * broker, gateway and bare client share one JVM and the machine's cores, so the figures are
 * conservative. The phases run one after the other (bare, then gateway), each after a warm-up; both
 * subscribe like the gateway does for browsed tags: sampling = interval, publishing = max(50 ms,
 * interval), queue size 10, discard oldest. Prints a Markdown table.
 *
 * <pre>
 * java -cp target/test-classes:target/classes:$(cat /tmp/cp.txt) \
 *     io.gigafab.gateway.bench.GatewayThroughput [tags=5000] [intervalMs=50] [seconds=30]
 * </pre>
 */
public final class GatewayThroughput {

    private static final String MACHINE = "LOAD-01";
    private static final String VALUES = "gigafab_gateway_values_total";
    private static final String PUBLISHED = "gigafab_gateway_samples_published_total";
    private static final String DROPPED = "gigafab_gateway_samples_dropped_total";
    private static final String LAG_P50 = "gigafab_gateway_lag_p50_ms";
    private static final String LAG_P99 = "gigafab_gateway_lag_p99_ms";
    private static final int WARM_UP_S = 5;
    private static final int CORES = Runtime.getRuntime().availableProcessors();

    private final int tags;
    private final int intervalMs;
    private final int seconds;
    private final List<String> cpu = new ArrayList<>();

    private GatewayThroughput(int tags, int intervalMs, int seconds) {
        this.tags = tags;
        this.intervalMs = intervalMs;
        this.seconds = seconds;
    }

    public static void main(String[] args) throws Exception {
        int tags = args.length > 0 ? Integer.parseInt(args[0]) : 5_000;
        int intervalMs = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        var bench =
                new GatewayThroughput(
                        tags, intervalMs, args.length > 2 ? Integer.parseInt(args[2]) : 30);
        Path work = Files.createTempDirectory("gigafab-gateway-bench");
        try (LocalKafka kafka = LocalKafka.start(work);
                EquipmentServer server =
                        EquipmentServer.builder()
                                .port(0)
                                .load(tags, Duration.ofMillis(intervalMs))
                                .start()) {
            bench.run(server, kafka, work);
        } finally {
            Stack.releaseSharedResources();
            try (var files = Files.walk(work)) {
                files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
        System.exit(0);
    }

    private void run(EquipmentServer server, LocalKafka kafka, Path work) throws Exception {
        double offered = tags * 1000.0 / intervalMs;
        System.out.printf(
                "%,d load tags every %d ms (%,.0f values/s offered), %d s per phase after %d s"
                        + " warm-up; bare first, then gateway; simulator, Kafka broker, gateway and"
                        + " bare client share this JVM and its %d cores%n",
                tags, intervalMs, offered, seconds, WARM_UP_S, CORES);
        long[] bareLag = new long[10_001]; // histogram, 1 ms buckets
        double bare = bare(server, bareLag);

        GatewayMetrics m;
        double taken;
        double acked;
        long dropped;
        long[] lag;
        long startNanos = System.nanoTime();
        try (Gateway gateway = Gateway.start(config(server, kafka, work))) {
            m = gateway.metrics();
            LongSupplier values = () -> m.count(VALUES, "machine=\"" + MACHINE + "\"");
            await("values from the gateway", () -> values.getAsLong() > 0);
            double startup = (System.nanoTime() - startNanos) / 1e9;
            System.out.printf("gateway: first values %.1f s after start%n", startup);
            Thread.sleep(WARM_UP_S * 1_000L);
            long v0 = values.getAsLong();
            long a0 = m.count(PUBLISHED);
            long d0 = metric(m, DROPPED);
            double elapsed = window("gateway", () -> m.count(PUBLISHED), m);
            taken = (values.getAsLong() - v0) / elapsed;
            acked = (m.count(PUBLISHED) - a0) / elapsed;
            dropped = metric(m, DROPPED) - d0;
            lag = new long[] {metric(m, LAG_P50), metric(m, LAG_P99)};
        } // closing publishes what is still queued
        var onKafka = MeasurementTopic.read(kafka.bootstrapServers());
        System.out.printf("%n| figure | value |%n|---|---|%n");
        row("offered by the simulator", "%,.0f values/s", offered);
        row("bare Milo subscription received", "%,.0f values/s", bare);
        row("gateway took from OPC UA (values_total)", "%,.0f values/s", taken);
        row("**gateway, acknowledged by Kafka**", "**%,.0f values/s**", acked);
        row("gateway / bare", "%.1f %%", 100 * acked / bare);
        row("samples dropped (reasons below if any)", "%,d", dropped);
        long p50 = percentile(bareLag, 0.5);
        row("lag p50 / p99 bare: source → client", "%d / %d ms", p50, percentile(bareLag, 0.99));
        row("lag p50 / p99 gateway: source → Kafka ack", "%d / %d ms", lag[0], lag[1]);
        String counted = "%,d samples in %,d records (counter %,d), %.0f bytes/sample";
        row(
                "read back from Kafka, whole run",
                counted,
                onKafka.samples(),
                onKafka.records(),
                m.count(PUBLISHED),
                (double) onKafka.jsonBytes() / onKafka.samples());
        boolean met = acked >= 100_000 && acked >= 0.8 * bare;
        row("goal ≥ 100,000 values/s and ≥ 80 % of bare", met ? "met" : "missed");
        m.render().lines().filter(l -> l.startsWith(DROPPED + "{")).forEach(System.out::println);
        System.out.printf("%nCPU in the window, %% of one core, by thread name:%n");
        cpu.forEach(System.out::println);
    }

    /** Phase A: a plain Milo client subscribed to every load tag; returns values/s received. */
    private double bare(EquipmentServer server, long[] lagHistogram) throws Exception {
        OpcUaClient client = OpcUaClient.create(server.endpointUrl());
        client.connect();
        AtomicLong received = new AtomicLong();
        AtomicBoolean measuring = new AtomicBoolean();
        var subscription = new OpcUaSubscription(client, Math.max(50.0, intervalMs));
        subscription.setSubscriptionListener(
                new OpcUaSubscription.SubscriptionListener() {
                    @Override
                    public void onDataReceived(
                            OpcUaSubscription s,
                            List<OpcUaMonitoredItem> items,
                            List<DataValue> values) {
                        received.addAndGet(values.size());
                        // Milo delivers a subscription's data on one thread at a time
                        if (measuring.get()) {
                            long now = System.currentTimeMillis();
                            for (DataValue value : values) {
                                long lag = now - value.getSourceTime().getJavaTime();
                                lagHistogram[(int) Math.max(0, Math.min(10_000, lag))]++;
                            }
                        }
                    }
                });
        subscription.create();
        int ns = client.getNamespaceTable().getIndex(LoadNamespace.URI).intValue();
        for (int t = 1; t <= tags; t++) {
            var item =
                    OpcUaMonitoredItem.newDataItem(
                            new NodeId(ns, LoadNamespace.FOLDER + "/" + LoadNamespace.tagName(t)));
            item.setSamplingInterval(intervalMs);
            item.setQueueSize(uint(10));
            item.setDiscardOldest(true);
            subscription.addMonitoredItem(item);
        }
        subscription.synchronizeMonitoredItems();
        await("values on the bare subscription", () -> received.get() > 0);
        Thread.sleep(WARM_UP_S * 1_000L);
        long r0 = received.get();
        measuring.set(true);
        double elapsed = window("bare", received::get, null);
        measuring.set(false);
        double rate = (received.get() - r0) / elapsed;
        subscription.delete();
        client.disconnect();
        return rate;
    }

    /**
     * Phase B's gateway, configured as a site would (YAML): the load folder as one machine, every
     * tag by a browse rule, no deadband, sampling = interval; batching and Kafka at their defaults.
     */
    private GatewayConfig config(EquipmentServer server, LocalKafka kafka, Path work) {
        String yaml =
                """
                site: bench
                kafka: {bootstrapServers: "%s"}
                buffer: {directory: "%s"}
                pki: {directory: "%s"}
                ops: {port: 0}
                endpoints:
                  - name: load
                    url: "%s"
                    machines:
                      - {area: bench, line: LOAD, equipmentId: %s, equipmentClass: COATER,
                         path: Load, state: "", browse: [{include: "Tag\\\\d+", tagPrefix: load.,
                         samplingMs: %d}]}
                """
                        .formatted(
                                kafka.bootstrapServers(),
                                work.resolve("buffer"),
                                work.resolve("pki"),
                                server.endpointUrl(),
                                MACHINE,
                                intervalMs);
        return GatewayConfigs.read(
                new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "bench");
    }

    /** One measuring window with a line per second and the CPU per thread; returns seconds. */
    private double window(String phase, LongSupplier counter, GatewayMetrics m)
            throws InterruptedException {
        var cpuUse = new CpuUse();
        long start = System.nanoTime();
        long c0 = counter.getAsLong();
        long previous = c0;
        for (int s = 1; s <= seconds; s++) {
            Thread.sleep(1_000);
            long now = counter.getAsLong();
            double mean = (now - c0) / ((System.nanoTime() - start) / 1e9);
            String gauges =
                    m == null
                            ? ""
                            : String.format(
                                    ", lag p50 %d ms p99 %d ms, queue %d",
                                    metric(m, LAG_P50),
                                    metric(m, LAG_P99),
                                    metric(m, "gigafab_gateway_queue_depth"));
            System.out.printf(
                    "%s t=%2ds %,9d values/s, mean %,9.0f%s%n",
                    phase, s, now - previous, mean, gauges);
            previous = now;
        }
        cpu.addAll(cpuUse.report(phase, 8));
        return (System.nanoTime() - start) / 1e9;
    }

    private static void await(String what, BooleanSupplier done) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("no " + what + " within 3 minutes");
            }
            Thread.sleep(100);
        }
    }

    private static long percentile(long[] histogram, double q) {
        long total = 0;
        for (long n : histogram) {
            total += n;
        }
        long seen = 0;
        for (int ms = 0; ms < histogram.length; ms++) {
            seen += histogram[ms];
            if (seen > 0 && seen >= Math.ceil(q * total)) {
                return ms;
            }
        }
        return 0;
    }

    /** A metric as rendered for Prometheus, summed over its label sets. */
    private static long metric(GatewayMetrics metrics, String name) {
        return metrics.render()
                .lines()
                .filter(l -> l.startsWith(name + " ") || l.startsWith(name + "{"))
                .mapToLong(l -> Long.parseLong(l.substring(l.lastIndexOf(' ') + 1)))
                .sum();
    }

    private static void row(String figure, String format, Object... args) {
        System.out.printf("| %s | %s |%n", figure, String.format(format, args));
    }
}
