package io.gigafab.analytics;

import io.gigafab.analytics.spc.RecipeLimits;
import io.gigafab.events.EquipmentClass;
import io.gigafab.events.EquipmentRef;
import io.gigafab.events.EventJson;
import io.gigafab.events.TopicMessage;
import io.gigafab.events.insight.InsightKind;
import io.gigafab.events.insight.YieldInsight;
import io.gigafab.events.measurement.MeasurementBatch;
import io.gigafab.events.measurement.ProductionContext;
import io.gigafab.events.measurement.Sample;
import io.gigafab.events.measurement.SampleValue;
import io.gigafab.recipes.RecipeLibrary;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.api.connector.sink2.Sink;
import org.apache.flink.api.connector.sink2.SinkWriter;
import org.apache.flink.api.connector.sink2.WriterInitContext;
import org.apache.flink.api.connector.source.util.ratelimit.RateLimiterStrategy;
import org.apache.flink.connector.datagen.source.DataGeneratorSource;
import org.apache.flink.connector.datagen.source.GeneratorFunction;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.functions.sink.v2.DiscardingSink;

/**
 * Throughput and latency of the job on this machine (not a test). Run from the repository root:
 *
 * <pre>
 * ./mvnw -o -q -pl yield-analytics test-compile exec:java \
 *     -Dexec.mainClass=io.gigafab.analytics.YieldJobBenchmark -Dexec.classpathScope=test \
 *     -Dexec.args="40"
 * </pre>
 *
 * <p>1. Throughput: the same JSON messages (measurement batches of 20 samples and unit events of N
 * rolls, as on Kafka) through a pass-through job (source → discard) and through the full job
 * (discarding sinks, so the database is not measured), parallelism 1, events = samples + unit
 * events, per CPU-second of the whole process. 2. Latency: 200 coaters at a limited rate, each with
 * a 6σ outlier after its SPC phase I; latency = from the source emitting the outlier to its insight
 * arriving at the sink.
 */
public final class YieldJobBenchmark {

    static final List<String> MEASUREMENTS = new ArrayList<>();
    static final List<String> UNIT_EVENTS = new ArrayList<>();
    static final Map<String, Long> EMITTED_AT = new ConcurrentHashMap<>();
    static final List<Long> LATENCIES_NANOS = new CopyOnWriteArrayList<>();

    private YieldJobBenchmark() {}

    public static void main(String[] args) throws Exception {
        int rolls = args.length > 0 ? Integer.parseInt(args[0]) : 40;
        RecipeLimits recipes = RecipeLimits.of(RecipeLibrary.loadFromClasspath());
        long events = history(rolls);
        System.out.printf(
                Locale.ROOT,
                "data: %d rolls, %d messages, %d events%n",
                rolls,
                MEASUREMENTS.size() + UNIT_EVENTS.size(),
                events);
        run("warm-up pass-through", events, () -> passThrough());
        Result pass = run("pass-through", events, () -> passThrough());
        run("warm-up full job", events, () -> fullJob(recipes, false));
        Result full = run("full job", events, () -> fullJob(recipes, false));
        System.out.printf(
                Locale.ROOT,
                "full job / pass-through per CPU-second: %.0f %%%n",
                100.0 * full.perCpuSecond / pass.perCpuSecond);
        latency(recipes);
    }

    record Result(double perSecond, double perCpuSecond) {}

    interface Job {
        StreamExecutionEnvironment build() throws Exception;
    }

    private static Result run(String name, long events, Job job) throws Exception {
        StreamExecutionEnvironment env = job.build();
        var os =
                (com.sun.management.OperatingSystemMXBean)
                        ManagementFactory.getOperatingSystemMXBean();
        long cpuBefore = os.getProcessCpuTime();
        long start = System.nanoTime();
        env.execute(name);
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = (os.getProcessCpuTime() - cpuBefore) / 1e9;
        Result result = new Result(events / seconds, events / cpuSeconds);
        System.out.printf(
                Locale.ROOT,
                "%-22s %6.1f s wall, %6.1f CPU-s: %,9.0f events/s, %,9.0f events per CPU-second%n",
                name,
                seconds,
                cpuSeconds,
                result.perSecond,
                result.perCpuSecond);
        return result;
    }

    private static StreamExecutionEnvironment passThrough() {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.createLocalEnvironment(1);
        env.fromSource(replay(MEASUREMENTS, 0), WatermarkStrategy.noWatermarks(), "measurements")
                .sinkTo(new DiscardingSink<>());
        env.fromSource(replay(UNIT_EVENTS, 1), WatermarkStrategy.noWatermarks(), "unit-events")
                .sinkTo(new DiscardingSink<>());
        return env;
    }

    private static StreamExecutionEnvironment fullJob(RecipeLimits recipes, boolean latency) {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.createLocalEnvironment(1);
        env.enableCheckpointing(10_000);
        env.getConfig().enableObjectReuse();
        var sinks =
                new AnalyticsSinks(
                        latency ? new LatencySink() : new DiscardingSink<>(),
                        new DiscardingSink<>(),
                        new DiscardingSink<>(),
                        new DiscardingSink<>(),
                        new DiscardingSink<>());
        var source =
                latency
                        ? new DataGeneratorSource<>(
                                new Replay(1, true),
                                MEASUREMENTS.size(),
                                RateLimiterStrategy.perSecond(2000),
                                Types.STRING)
                        : replay(MEASUREMENTS, 0);
        new YieldJob(
                        source,
                        replay(latency ? List.of() : UNIT_EVENTS, 1),
                        sinks,
                        AnalyticsSettings.defaults(recipes))
                .build(env);
        return env;
    }

    private static DataGeneratorSource<String> replay(List<String> messages, int which) {
        return new DataGeneratorSource<>(
                new Replay(which, false), Math.max(messages.size(), 1), Types.STRING);
    }

    /** Replays the prepared messages; in the latency run it notes when each outlier leaves. */
    static final class Replay implements GeneratorFunction<Long, String> {
        private final int which;
        private final boolean noteOutliers;

        Replay(int which, boolean noteOutliers) {
            this.which = which;
            this.noteOutliers = noteOutliers;
        }

        @Override
        public String map(Long index) {
            List<String> messages = which == 0 || noteOutliers ? MEASUREMENTS : UNIT_EVENTS;
            if (messages.isEmpty()) {
                return "{}";
            }
            String message = messages.get(index.intValue());
            if (noteOutliers && message.contains("\"OUTLIER\"")) {
                EMITTED_AT.put(keyOf(message), System.nanoTime());
            }
            return message;
        }
    }

    private static String keyOf(String message) {
        int at = message.indexOf("\"equipmentId\":\"") + 15;
        return message.substring(at, message.indexOf('"', at));
    }

    /** Receives insights and records the latency of SPC alarms on the outliers. */
    static final class LatencySink implements Sink<YieldInsight> {
        @Override
        public SinkWriter<YieldInsight> createWriter(WriterInitContext context) {
            return new SinkWriter<>() {
                @Override
                public void write(YieldInsight insight, Context writeContext) {
                    Long emitted = EMITTED_AT.get(insight.scope().equipmentId());
                    if (insight.kind() == InsightKind.SPC_RULE_VIOLATION && emitted != null) {
                        LATENCIES_NANOS.add(System.nanoTime() - emitted);
                    }
                }

                @Override
                public void flush(boolean endOfInput) {}

                @Override
                public void close() {}
            };
        }
    }

    private static long history(int rolls) {
        long events = 0;
        Instant start = Instant.parse("2026-11-20T06:00:00Z");
        for (int r = 0; r < rolls; r++) {
            ProductionHistory roll =
                    ProductionHistory.ofRoll(
                            String.format("RC-B-%05d", r),
                            start.plus(Duration.ofHours(2L * r)),
                            r,
                            r % 4 == 0);
            roll.measurements.forEach(m -> MEASUREMENTS.add(EventJson.toJson(m)));
            roll.unitEvents.forEach(e -> UNIT_EVENTS.add(EventJson.toJson(e)));
            events += roll.samples + roll.unitEvents.size();
        }
        return events;
    }

    private static void latency(RecipeLimits recipes) throws Exception {
        MEASUREMENTS.clear();
        Random random = new Random(7);
        Instant start = Instant.now();
        for (int step = 0; step < 160; step++) {
            for (int coater = 0; coater < 200; coater++) {
                String id = String.format("COAT-%03d", coater);
                boolean outlier = step == 130;
                double value = outlier ? 21.0 * 1.03 : 21.0 * (1 + 0.005 * random.nextGaussian());
                Instant at = start.plusMillis(step * 1000L + coater);
                ProductionContext context =
                        ProductionContext.builder().recipe("LFP-280P-COATING-CATHODE", 1).build();
                Sample sample =
                        Sample.good(
                                "coating.coatWeight", SampleValue.of(value), "mg/cm2", at, context);
                List<Sample> samples = new ArrayList<>(List.of(sample));
                if (outlier) {
                    samples.add(Sample.good("OUTLIER", SampleValue.of(1), null, at, null));
                }
                TopicMessage batch =
                        new MeasurementBatch(
                                UUID.randomUUID(),
                                new EquipmentRef(
                                        "gf1", "electrode", "L1", id, EquipmentClass.COATER),
                                at,
                                samples);
                MEASUREMENTS.add(EventJson.toJson(batch));
            }
        }
        fullJob(recipes, true).execute("latency");
        List<Long> sorted = LATENCIES_NANOS.stream().sorted().toList();
        System.out.printf(
                Locale.ROOT,
                "event-to-insight latency (SPC alarm, %d insights at 2,000 messages/s): p50 %.1f"
                        + " ms, p99 %.1f ms, max %.1f ms%n",
                sorted.size(),
                sorted.get(sorted.size() / 2) / 1e6,
                sorted.get((int) Math.min(sorted.size() - 1, Math.ceil(sorted.size() * 0.99) - 1))
                        / 1e6,
                sorted.get(sorted.size() - 1) / 1e6);
    }
}
