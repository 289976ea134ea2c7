package io.gigafab.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.gigafab.events.insight.YieldInsight;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.flink.configuration.CheckpointingOptions;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.ExternalizedCheckpointRetention;
import org.apache.flink.configuration.StateRecoveryOptions;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kill the job mid-stream, restore it from its last retained checkpoint and let it finish: the
 * series in PostgreSQL and the insights must be exactly those of an uninterrupted run over the same
 * Kafka topics (COPY sinks are idempotent on the tables' keys, insight ids are derived from the
 * finding).
 */
class CheckpointRestoreTest {

    @RegisterExtension
    static final MiniClusterExtension FLINK =
            new MiniClusterExtension(
                    new MiniClusterResourceConfiguration.Builder()
                            .setNumberTaskManagers(1)
                            .setNumberSlotsPerTaskManager(2)
                            .build());

    private static final String MEASUREMENTS = "restore.measurements";
    private static final String UNIT_EVENTS = "restore.unit-events";
    private static final Duration PATIENCE = Duration.ofMinutes(2);

    @TempDir Path checkpoints;

    @Test
    void totalsAfterAKillAndARestoreEqualThoseOfAnUninterruptedRun() throws Exception {
        TestPlant plant = TestPlant.shared();
        plant.truncateSeries();
        plant.createTopics(MEASUREMENTS, UNIT_EVENTS);
        ProductionHistory history = ProductionHistory.withCoatWeightDeviation(400, 550);
        plant.produce(MEASUREMENTS, history.measurements);
        plant.produce(UNIT_EVENTS, history.unitEvents);
        Map<TopicPartition, Long> beforeInterrupted = plant.insightOffsets();

        // Interrupted run: killed after a checkpoint, before the tail lets windows and timers fire.
        Path killedDir = checkpoints.resolve("killed");
        JobClient killed = start(killedDir, null);
        await().atMost(PATIENCE)
                .until(
                        () ->
                                plant.count("select count(*) from analytics_measurement") > 0
                                        && latestCheckpoint(killedDir, killed).isPresent());
        killed.cancel().get();
        Path restoreFrom = latestCheckpoint(killedDir, killed).orElseThrow();
        assertThat(plant.count("select count(*) from analytics_yield_window"))
                .as("killed mid-stream: no window had fired yet")
                .isZero();

        plant.produce(MEASUREMENTS, history.tailMeasurement());
        plant.produce(UNIT_EVENTS, history.tailUnitEvent());
        Path restoredDir = checkpoints.resolve("restored");
        JobClient restored = start(restoredDir, restoreFrom);
        Map<String, Double> afterRestore = settledTotals(plant, history, restoredDir, restored);
        Set<UUID> restoredInsights = insightIds(plant.insightsAfter(beforeInterrupted));

        plant.truncateSeries();
        Map<TopicPartition, Long> beforeUninterrupted = plant.insightOffsets();
        Path wholeDir = checkpoints.resolve("uninterrupted");
        JobClient whole = start(wholeDir, null);
        Map<String, Double> uninterrupted = settledTotals(plant, history, wholeDir, whole);
        Set<UUID> wholeInsights = insightIds(plant.insightsAfter(beforeUninterrupted));

        assertThat(afterRestore).isEqualTo(uninterrupted);
        assertThat(afterRestore.get("measurements")).isEqualTo(history.samples + 1.0);
        assertThat(restoredInsights).isEqualTo(wholeInsights).isNotEmpty();
    }

    private static JobClient start(Path checkpointDir, Path restoreFrom) throws Exception {
        Configuration config = new Configuration();
        config.set(CheckpointingOptions.CHECKPOINTS_DIRECTORY, checkpointDir.toUri().toString());
        config.set(
                CheckpointingOptions.EXTERNALIZED_CHECKPOINT_RETENTION,
                ExternalizedCheckpointRetention.RETAIN_ON_CANCELLATION);
        if (restoreFrom != null) {
            config.set(StateRecoveryOptions.SAVEPOINT_PATH, restoreFrom.toUri().toString());
        }
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(config);
        env.setParallelism(2);
        env.enableCheckpointing(300);
        TestPlant plant = TestPlant.shared();
        new YieldJob(
                        KafkaConnections.replay(
                                plant.kafka.bootstrapServers(), MEASUREMENTS, false),
                        KafkaConnections.replay(plant.kafka.bootstrapServers(), UNIT_EVENTS, false),
                        plant.sinks(),
                        TestPlant.replaySettings())
                .build(env);
        return env.executeAsync("yield-job-restore");
    }

    /**
     * Waits until every window of the history has been written, lets two more checkpoints flush the
     * sinks, stops the job and sums up the tables.
     */
    private static Map<String, Double> settledTotals(
            TestPlant plant, ProductionHistory history, Path dir, JobClient job) throws Exception {
        await().atMost(PATIENCE)
                .until(
                        () ->
                                plant.count(
                                                        "select coalesce(sum(passed + failed +"
                                                                + " reworked), 0) from"
                                                                + " analytics_yield_window where"
                                                                + " window_kind = 'TUMBLING' and"
                                                                + " dimension = 'LINE'")
                                                == history.trackOuts
                                        && plant.count("select count(*) from analytics_spc_point")
                                                == history.samples + 1);
        long settledAt = checkpointNumber(latestCheckpoint(dir, job).orElseThrow());
        await().atMost(PATIENCE)
                .until(
                        () ->
                                checkpointNumber(latestCheckpoint(dir, job).orElseThrow())
                                        >= settledAt + 2);
        job.cancel().get();
        return totals(plant);
    }

    private static Map<String, Double> totals(TestPlant plant) throws Exception {
        Map<String, Double> totals = new LinkedHashMap<>();
        List<Double> m = plant.numbers("select count(*), sum(value) from analytics_measurement");
        totals.put("measurements", m.get(0));
        totals.put("measurement value sum", Math.rint(m.get(1) * 1e6) / 1e6);
        List<Double> s =
                plant.numbers(
                        "select count(*), count(rule_violated), sum(ewma) from"
                                + " analytics_spc_point");
        totals.put("spc points", s.get(0));
        totals.put("spc rule violations", s.get(1));
        totals.put("spc ewma sum", Math.rint(s.get(2) * 1e6) / 1e6);
        List<Double> y =
                plant.numbers(
                        "select count(*), sum(passed), sum(failed),"
                                + " sum(reworked) from analytics_yield_window");
        totals.put("yield windows", y.get(0));
        totals.put("passed", y.get(1));
        totals.put("failed", y.get(2));
        totals.put("reworked", y.get(3));
        List<Double> c =
                plant.numbers(
                        "select count(*), sum(cells), sum(failing_inside)"
                                + " from analytics_correlation");
        totals.put("correlations", c.get(0));
        totals.put("correlated cells", c.get(1));
        totals.put("failing inside", c.get(2));
        return totals;
    }

    private static Set<UUID> insightIds(List<YieldInsight> insights) {
        return insights.stream().map(YieldInsight::insightId).collect(Collectors.toSet());
    }

    /** The newest completed checkpoint (a chk-N directory with its _metadata file). */
    private static Optional<Path> latestCheckpoint(Path dir, JobClient job) throws IOException {
        Path jobDir = dir.resolve(job.getJobID().toString());
        if (!Files.isDirectory(jobDir)) {
            return Optional.empty();
        }
        try (Stream<Path> entries = Files.list(jobDir)) {
            return entries.filter(p -> p.getFileName().toString().startsWith("chk-"))
                    .filter(p -> Files.exists(p.resolve("_metadata")))
                    .max((a, b) -> Long.compare(checkpointNumber(a), checkpointNumber(b)));
        }
    }

    private static long checkpointNumber(Path checkpoint) {
        return Long.parseLong(checkpoint.getFileName().toString().substring(4));
    }
}
