package io.gigafab.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import io.gigafab.events.RollSegment;
import io.gigafab.events.insight.ActionKind;
import io.gigafab.events.insight.InsightKind;
import io.gigafab.events.insight.YieldInsight;
import java.util.List;
import java.util.Map;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The whole job on a Flink MiniCluster against a real Kafka broker and PostgreSQL (migrated by the
 * MES's Flyway scripts), fed a scripted production history through Kafka exactly as the gateway and
 * the MES publish it.
 */
class YieldJobEndToEndTest {

    @RegisterExtension
    static final MiniClusterExtension FLINK =
            new MiniClusterExtension(
                    new MiniClusterResourceConfiguration.Builder()
                            .setNumberTaskManagers(1)
                            .setNumberSlotsPerTaskManager(2)
                            .build());

    static TestPlant plant;

    @BeforeAll
    static void startPlant() throws Exception {
        plant = TestPlant.shared();
        plant.createTopics(
                "deviation.measurements",
                "deviation.unit-events",
                "clean.measurements",
                "clean.unit-events");
    }

    @BeforeEach
    void emptyTables() throws Exception {
        plant.truncateSeries();
    }

    @Test
    void aCoatWeightDeviationIsContainedWithItsRollIntervalAndCells() throws Exception {
        ProductionHistory history = ProductionHistory.withCoatWeightDeviation(400, 550);

        List<YieldInsight> insights = run("deviation", history);

        YieldInsight containment = single(insights, InsightKind.CONTAINMENT_SUGGESTION);
        RollSegment held = containment.suggestedAction().rollSegment();
        assertThat(containment.suggestedAction().kind()).isEqualTo(ActionKind.HOLD);
        assertThat(held.rollId()).isEqualTo(ProductionHistory.ROLL);
        assertThat(held.overlaps(history.groundTruth())).isTrue();
        assertThat(held.startM()).isBetween(390.0, 410.0);
        assertThat(held.endM()).isBetween(540.0, 560.0);
        assertThat(containment.suggestedAction().cellIds())
                .containsExactlyElementsOf(history.cellsOverlapping(held))
                .containsAll(history.cellsInDeviation);
        assertThat(containment.confidence()).isGreaterThanOrEqualTo(0.9);
        assertThat(containment.evidence())
                .anyMatch(e -> e.sampleSize() != null && e.sampleSize() >= 100);
        assertThat(single(insights, InsightKind.RECIPE_SUGGESTION).suggestedAction().parameter())
                .isEqualTo("coat_weight");
        assertThat(insights)
                .filteredOn(i -> i.kind() == InsightKind.SPC_RULE_VIOLATION)
                .extracting(i -> i.scope().equipmentId())
                .contains("COAT-01");
        assertSeriesStored(history);
    }

    @Test
    void aCleanHistoryRaisesNoAlarm() throws Exception {
        ProductionHistory history = ProductionHistory.clean();

        List<YieldInsight> insights = run("clean", history);

        assertThat(insights).extracting(YieldInsight::title).isEmpty();
        assertThat(plant.count("select count(*) from analytics_correlation"))
                .as("the roll was evaluated")
                .isPositive();
    }

    private void assertSeriesStored(ProductionHistory history) throws Exception {
        assertThat(plant.count("select count(*) from analytics_measurement"))
                .isEqualTo(history.samples);
        assertThat(plant.count("select count(*) from analytics_spc_point"))
                .isEqualTo(history.samples);
        assertThat(
                        plant.count(
                                "select count(*) from analytics_measurement where roll_id = '"
                                        + ProductionHistory.ROLL
                                        + "' and tag = 'coating.coatWeight'"
                                        + " and position_m >= 400 and position_m < 550"))
                .isEqualTo(150);
        assertThat(
                        plant.count(
                                "select count(*) from analytics_spc_point where rule_violated = 1"
                                        + " and tag = 'coating.coatWeight'"))
                .as("the low coat weight breaks rule 1 on the individuals chart")
                .isGreaterThan(100);
        assertThat(
                        plant.count(
                                "select sum(passed + failed + reworked) from analytics_yield_window"
                                        + " where window_kind = 'TUMBLING' and dimension = 'LINE'"))
                .isEqualTo(history.trackOuts);
        assertThat(
                        plant.count(
                                "select sum(passed + failed + reworked) from analytics_yield_window"
                                        + " where window_kind = 'SLIDING' and dimension = 'LINE'"))
                .as("each track-out lies in four 1 h windows sliding by 15 min")
                .isEqualTo(4L * history.trackOuts);
        assertThat(
                        plant.count(
                                "select count(*) from analytics_correlation where tag ="
                                        + " 'coating.coatWeight' and interval_start_m is not null"))
                .isPositive();
    }

    private List<YieldInsight> run(String name, ProductionHistory history) throws Exception {
        String measurements = name + ".measurements";
        String unitEvents = name + ".unit-events";
        plant.produce(measurements, history.measurements);
        plant.produce(unitEvents, history.unitEvents);
        Map<TopicPartition, Long> before = plant.insightOffsets();

        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.setParallelism(2);
        new YieldJob(
                        KafkaConnections.replay(plant.kafka.bootstrapServers(), measurements, true),
                        KafkaConnections.replay(plant.kafka.bootstrapServers(), unitEvents, true),
                        plant.sinks(),
                        TestPlant.replaySettings())
                .build(env);
        env.execute("yield-job-" + name);
        return plant.insightsAfter(before);
    }

    private static YieldInsight single(List<YieldInsight> insights, InsightKind kind) {
        List<YieldInsight> ofKind = insights.stream().filter(i -> i.kind() == kind).toList();
        assertThat(ofKind).as(kind.name()).extracting(YieldInsight::title).hasSize(1);
        return ofKind.get(0);
    }
}
