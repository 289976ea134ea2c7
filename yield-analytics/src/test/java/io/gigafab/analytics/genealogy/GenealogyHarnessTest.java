package io.gigafab.analytics.genealogy;

import static org.assertj.core.api.Assertions.assertThat;

import io.gigafab.analytics.ProductionHistory;
import io.gigafab.analytics.source.ParseMeasurements;
import io.gigafab.analytics.source.ParseUnitEvents;
import io.gigafab.analytics.source.ProcessValue;
import io.gigafab.analytics.source.UnitFact;
import io.gigafab.analytics.spc.RecipeLimits;
import io.gigafab.events.RollSegment;
import io.gigafab.events.TopicMessage;
import io.gigafab.events.insight.ActionKind;
import io.gigafab.events.insight.ChangeDirection;
import io.gigafab.events.insight.InsightKind;
import io.gigafab.events.insight.YieldInsight;
import io.gigafab.events.measurement.MeasurementBatch;
import io.gigafab.events.measurement.Sample;
import io.gigafab.events.unit.UnitEvent;
import io.gigafab.recipes.RecipeLibrary;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.ToDoubleFunction;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.operators.KeyedProcessOperator;
import org.apache.flink.streaming.api.operators.co.KeyedCoProcessOperator;
import org.apache.flink.streaming.api.watermark.Watermark;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;
import org.apache.flink.streaming.util.KeyedTwoInputStreamOperatorTestHarness;
import org.junit.jupiter.api.Test;

/** Cell genealogy and roll-metre correlation in operator test harnesses. */
class GenealogyHarnessTest {

    private static final RecipeLimits LIMITS = RecipeLimits.of(RecipeLibrary.loadFromClasspath());
    private static final Duration DAY = Duration.ofDays(1);

    @Test
    void aCellIsForwardedToItsMotherRollWhenConsumedAndAgainWhenGraded() throws Exception {
        var harness = genealogyHarness();
        ProductionHistory history = ProductionHistory.withCoatWeightDeviation(400, 550);
        String cell = history.failingCells.first();
        for (TopicMessage event : history.unitEvents) {
            UnitEvent unitEvent = (UnitEvent) event;
            if (unitEvent.unit().id().equals(cell)) {
                UnitFact fact = ParseUnitEvents.toFact(unitEvent);
                harness.processElement(new StreamRecord<>(fact, fact.occurredAtMillis()));
            }
        }

        List<CellOnRoll> out = harness.extractOutputValues();
        assertThat(out)
                .extracting(CellOnRoll::outcome)
                .containsExactly(CellOnRoll.UNKNOWN, CellOnRoll.FAILING);
        assertThat(out.get(0).motherRollId()).isEqualTo(ProductionHistory.ROLL);
        assertThat(harness.numKeyedStateEntries()).as("graded: state cleared").isZero();
        harness.close();
    }

    @Test
    void aCellNeverGradedIsForgottenAfterTheTimeout() throws Exception {
        var harness = genealogyHarness();
        UnitFact consumed =
                new UnitFact(
                        UnitFact.Kind.ROLL_CONSUMED,
                        "C-9",
                        "-",
                        "-",
                        null,
                        null,
                        new String[0],
                        null,
                        0,
                        "RC-1-L1",
                        10,
                        12,
                        null,
                        1000);
        harness.processElement(new StreamRecord<>(consumed, 1000));
        assertThat(harness.numKeyedStateEntries()).isEqualTo(1);
        assertThat(harness.numEventTimeTimers()).isEqualTo(1);

        harness.processWatermark(1000 + DAY.toMillis());

        assertThat(harness.numKeyedStateEntries()).isZero();
        assertThat(harness.numEventTimeTimers()).isZero();
        harness.close();
    }

    @Test
    void findsTheDeviatingRollIntervalAndTheCellsMadeFromIt() throws Exception {
        ProductionHistory history = ProductionHistory.withCoatWeightDeviation(400, 550);
        var harness = correlationHarness();
        feed(history, harness);

        harness.processBothWatermarks(new Watermark(history.end().toEpochMilli()));

        List<YieldInsight> insights = insights(harness);
        YieldInsight containment = only(insights, InsightKind.CONTAINMENT_SUGGESTION);
        RollSegment held = containment.suggestedAction().rollSegment();
        assertThat(containment.suggestedAction().kind()).isEqualTo(ActionKind.HOLD);
        assertThat(held.overlaps(history.groundTruth())).isTrue();
        assertThat(held.startM()).isBetween(390.0, 410.0);
        assertThat(held.endM()).isBetween(540.0, 560.0);
        assertThat(containment.suggestedAction().cellIds()).containsAll(history.cellsInDeviation);
        assertThat(containment.confidence()).isGreaterThanOrEqualTo(0.9);
        assertThat(containment.evidence())
                .anyMatch(e -> e.sampleSize() != null && e.sampleSize() >= 100);

        YieldInsight recipe = only(insights, InsightKind.RECIPE_SUGGESTION);
        assertThat(recipe.suggestedAction().parameter()).isEqualTo("coat_weight");
        assertThat(recipe.suggestedAction().direction()).isEqualTo(ChangeDirection.INCREASE);
        assertThat(recipe.scope().recipeId()).isEqualTo(ProductionHistory.COATING_RECIPE);
        YieldInsight correlation = only(insights, InsightKind.PARAMETER_OUTCOME_CORRELATION);
        assertThat(correlation.title()).contains("coat_weight", "rank 1 of 2");

        List<CorrelationRow> rows = harness.extractOutputValues();
        assertThat(rows)
                .extracting(CorrelationRow::tag)
                .contains("coating.coatWeight", "coating.wetThickness");
        assertThat(rows.stream().filter(r -> r.tag().equals("coating.wetThickness")))
                .allMatch(r -> r.rConfidence() < 0.999 && !r.hasInterval());
        harness.close();
    }

    @Test
    void valuesSampledBeforeTheMachineReportedItsRecipeDoNotCostTheRecipeSuggestion()
            throws Exception {
        ProductionHistory history = ProductionHistory.withCoatWeightDeviation(400, 550);
        var harness = correlationHarness();
        MeasurementBatch first = history.measurements.get(0);
        for (Sample sample : first.samples()) {
            ProcessValue value =
                    ParseMeasurements.toValue(
                            first.equipment(), sample, sample.value().asNumber().orElseThrow());
            ProcessValue beforeRecipe =
                    new ProcessValue(
                            value.equipmentId(),
                            value.line(),
                            value.tag(),
                            value.unit(),
                            null,
                            0,
                            value.rollId(),
                            value.positionM(),
                            value.cellId(),
                            value.sampledAtMillis(),
                            value.value());
            harness.processElement1(
                    new StreamRecord<>(beforeRecipe, beforeRecipe.sampledAtMillis()));
        }
        feed(history, harness);

        harness.processBothWatermarks(new Watermark(history.end().toEpochMilli()));

        YieldInsight recipe = only(insights(harness), InsightKind.RECIPE_SUGGESTION);
        assertThat(recipe.scope().recipeId()).isEqualTo(ProductionHistory.COATING_RECIPE);
        assertThat(recipe.suggestedAction().parameter()).isEqualTo("coat_weight");
        harness.close();
    }

    @Test
    void tagsMovingWithAFaultGiveOneContainmentOfItsWholeStretchAndOneRecipeSuggestion()
            throws Exception {
        ProductionHistory history = ProductionHistory.withCoatWeightDeviation(400, 550);
        var harness = correlationHarness();
        feed(history, harness);
        // The dry thickness follows the coat weight over part of the stretch only (440–510 m): a
        // second tag with a narrower deviating interval over fewer of the failing cells.
        feedAlongCoatWeight(
                history,
                harness,
                "coating.dryThickness",
                "um",
                weight ->
                        weight.positionM() >= 440 && weight.positionM() < 510
                                ? weight.value() * 5.7
                                : 21.0 * 5.7);

        harness.processBothWatermarks(new Watermark(history.end().toEpochMilli()));

        List<YieldInsight> insights = insights(harness);
        assertThat(harness.extractOutputValues())
                .filteredOn(r -> r.tag().equals("coating.dryThickness") && r.hasInterval())
                .as("the second tag finds its narrower interval")
                .isNotEmpty()
                .allMatch(r -> r.intervalStartM() >= 430 && r.intervalEndM() <= 520);
        YieldInsight containment = only(insights, InsightKind.CONTAINMENT_SUGGESTION);
        assertThat(containment.suggestedAction().rollSegment().startM())
                .as("the interval with the most failing cells is contained")
                .isBetween(390.0, 410.0);
        assertThat(containment.suggestedAction().rollSegment().endM()).isBetween(540.0, 560.0);
        only(insights, InsightKind.RECIPE_SUGGESTION);
        assertThat(insights)
                .filteredOn(i -> i.kind() == InsightKind.PARAMETER_OUTCOME_CORRELATION)
                .hasSizeBetween(1, 2);
        harness.close();
    }

    @Test
    void ofTwoStretchesWithTheSameFailingCellsTheWiderIsContained() throws Exception {
        ProductionHistory history = ProductionHistory.withCoatWeightDeviation(400, 550);
        var harness = correlationHarness();
        feed(history, harness);
        // The dryer cooled a little before the coat weight left its band: the same failing cells,
        // and the suspect ones made just before them.
        feedAlongCoatWeight(
                history,
                harness,
                "coating.dryerZone5Temp",
                "degC",
                weight -> {
                    double m = weight.positionM();
                    return (m >= 390 && m < 550 ? 118 : 130) + 0.3 * Math.sin(m);
                });

        harness.processBothWatermarks(new Watermark(history.end().toEpochMilli()));

        List<CorrelationRow> rows = harness.extractOutputValues();
        CorrelationRow weight = lastRow(rows, "coating.coatWeight");
        CorrelationRow dryer = lastRow(rows, "coating.dryerZone5Temp");
        assertThat(dryer.failingInside()).isEqualTo(weight.failingInside());
        assertThat(dryer.cellsInside()).isGreaterThan(weight.cellsInside());
        YieldInsight containment = only(insights(harness), InsightKind.CONTAINMENT_SUGGESTION);
        assertThat(containment.suggestedAction().rollSegment().startM()).isBetween(385.0, 395.0);
        assertThat(containment.suggestedAction().rollSegment().endM()).isBetween(545.0, 555.0);
        harness.close();
    }

    private static CorrelationRow lastRow(List<CorrelationRow> rows, String tag) {
        return rows.stream()
                .filter(r -> r.tag().equals(tag) && r.hasInterval())
                .reduce((first, second) -> second)
                .orElseThrow(() -> new AssertionError("no interval found for " + tag));
    }

    @Test
    void aCleanRollRaisesNothingAndIsDroppedWhenIdle() throws Exception {
        ProductionHistory history = ProductionHistory.clean();
        var harness = correlationHarness();
        feed(history, harness);

        harness.processBothWatermarks(new Watermark(history.end().toEpochMilli()));
        assertThat(insights(harness)).isEmpty();
        assertThat(harness.extractOutputValues()).as("evaluated nonetheless").isNotEmpty();
        assertThat(harness.numKeyedStateEntries()).isPositive();

        harness.processBothWatermarks(
                new Watermark(history.end().toEpochMilli() + 3 * DAY.toMillis()));
        assertThat(harness.numKeyedStateEntries()).isZero();
        assertThat(harness.numEventTimeTimers()).isZero();
        harness.close();
    }

    private static KeyedOneInputStreamOperatorTestHarness<String, UnitFact, CellOnRoll>
            genealogyHarness() throws Exception {
        var harness =
                new KeyedOneInputStreamOperatorTestHarness<>(
                        new KeyedProcessOperator<>(new CellGenealogy(Set.of("A"), DAY)),
                        UnitFact::unitId,
                        Types.STRING);
        harness.open();
        return harness;
    }

    private static KeyedTwoInputStreamOperatorTestHarness<
                    String, ProcessValue, CellOnRoll, CorrelationRow>
            correlationHarness() throws Exception {
        CorrelationSettings settings =
                new CorrelationSettings(
                        10, 4, 2, 100, 10, 0.99, 2, 0.1, Duration.ofMinutes(5), DAY);
        var harness =
                new KeyedTwoInputStreamOperatorTestHarness<>(
                        new KeyedCoProcessOperator<>(new RollCorrelation(settings, LIMITS)),
                        (ProcessValue v) -> CellOnRoll.motherOf(v.rollId()),
                        CellOnRoll::motherRollId,
                        Types.STRING);
        harness.open();
        return harness;
    }

    /** Values, then cells through a real CellGenealogy, in event-time order per input. */
    private static void feed(
            ProductionHistory history,
            KeyedTwoInputStreamOperatorTestHarness<String, ProcessValue, CellOnRoll, CorrelationRow>
                    harness)
            throws Exception {
        for (MeasurementBatch batch : history.measurements) {
            for (Sample sample : batch.samples()) {
                ProcessValue value =
                        ParseMeasurements.toValue(
                                batch.equipment(), sample, sample.value().asNumber().orElseThrow());
                harness.processElement1(new StreamRecord<>(value, value.sampledAtMillis()));
            }
        }
        var genealogy = genealogyHarness();
        for (TopicMessage event : history.unitEvents) {
            UnitFact fact = ParseUnitEvents.toFact((UnitEvent) event);
            if (fact != null) {
                genealogy.processElement(new StreamRecord<>(fact, fact.occurredAtMillis()));
            }
        }
        List<CellOnRoll> cells = new ArrayList<>(genealogy.extractOutputValues());
        genealogy.close();
        for (CellOnRoll cell : cells) {
            harness.processElement2(new StreamRecord<>(cell, cell.occurredAtMillis()));
        }
    }

    /** A second tag sampled with every coat weight value, its value derived from that sample. */
    private static void feedAlongCoatWeight(
            ProductionHistory history,
            KeyedTwoInputStreamOperatorTestHarness<String, ProcessValue, CellOnRoll, CorrelationRow>
                    harness,
            String tag,
            String unit,
            ToDoubleFunction<ProcessValue> valueFrom)
            throws Exception {
        for (MeasurementBatch batch : history.measurements) {
            for (Sample sample : batch.samples()) {
                if (sample.tag().equals("coating.coatWeight")) {
                    ProcessValue weight =
                            ParseMeasurements.toValue(
                                    batch.equipment(),
                                    sample,
                                    sample.value().asNumber().orElseThrow());
                    ProcessValue value =
                            new ProcessValue(
                                    weight.equipmentId(),
                                    weight.line(),
                                    tag,
                                    unit,
                                    weight.recipeId(),
                                    weight.recipeVersion(),
                                    weight.rollId(),
                                    weight.positionM(),
                                    weight.cellId(),
                                    weight.sampledAtMillis(),
                                    valueFrom.applyAsDouble(weight));
                    harness.processElement1(new StreamRecord<>(value, value.sampledAtMillis()));
                }
            }
        }
    }

    private static List<YieldInsight> insights(
            KeyedTwoInputStreamOperatorTestHarness<String, ProcessValue, CellOnRoll, CorrelationRow>
                    harness) {
        var side = harness.getSideOutput(RollCorrelation.INSIGHTS);
        return side == null ? List.of() : side.stream().map(StreamRecord::getValue).toList();
    }

    private static YieldInsight only(List<YieldInsight> insights, InsightKind kind) {
        List<YieldInsight> ofKind = insights.stream().filter(i -> i.kind() == kind).toList();
        assertThat(ofKind)
                .as(kind + " insights (suppressed after the first)")
                .extracting(YieldInsight::title)
                .hasSize(1);
        return ofKind.get(0);
    }
}
