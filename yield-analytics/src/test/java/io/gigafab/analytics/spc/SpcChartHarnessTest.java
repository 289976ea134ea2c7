package io.gigafab.analytics.spc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.gigafab.analytics.source.ProcessValue;
import io.gigafab.events.insight.InsightKind;
import io.gigafab.events.insight.YieldInsight;
import io.gigafab.recipes.RecipeLibrary;
import java.time.Duration;
import java.util.List;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.operators.KeyedProcessOperator;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SpcChartHarnessTest {

    private static final RecipeLimits LIMITS = RecipeLimits.of(RecipeLibrary.loadFromClasspath());
    private static final long HOUR = Duration.ofHours(1).toMillis();

    private KeyedOneInputStreamOperatorTestHarness<String, ProcessValue, SpcPoint> harness;

    @BeforeEach
    void open() throws Exception {
        harness =
                new KeyedOneInputStreamOperatorTestHarness<>(
                        new KeyedProcessOperator<>(new SpcChart(LIMITS, 4, Duration.ofHours(1))),
                        ProcessValue::chartKey,
                        Types.STRING);
        harness.open();
    }

    @AfterEach
    void close() throws Exception {
        harness.close();
    }

    private void coatWeight(long at, double value) throws Exception {
        harness.processElement(
                new StreamRecord<>(
                        new ProcessValue(
                                "COAT-01",
                                "L1",
                                "coating.coatWeight",
                                "mg/cm2",
                                "LFP-280P-COATING-CATHODE",
                                1,
                                "RC-1",
                                at / 1000.0,
                                null,
                                at,
                                value),
                        at));
    }

    @Test
    void emitsEveryPointWithLimitsAndCapabilityAndOneInsightPerAlarm() throws Exception {
        double[] phaseOne = {21.0, 21.1, 21.0, 21.1}; // centre 21.05, σ = 0.1 / 1.128
        for (int i = 0; i < phaseOne.length; i++) {
            coatWeight(1000L * i, phaseOne[i]);
        }
        coatWeight(4000, 20.3); // 8.5 σ low
        coatWeight(5000, 20.3);

        List<SpcPoint> points = harness.extractOutputValues();
        assertThat(points).hasSize(6);
        assertThat(points.get(0).point().centre()).isNaN();
        SpcPoint alarm = points.get(4);
        assertThat(alarm.point().centre()).isCloseTo(21.05, within(1e-9));
        assertThat(alarm.point().ucl()).isCloseTo(21.05 + 0.3 / 1.128, within(1e-9));
        assertThat(alarm.point().rule()).isEqualTo(1);
        // Cp against the recipe spec 20.58..21.42 with the sample sd of the five values so far
        double sd = new ControlChart(99).standardDeviation();
        assertThat(sd).isNaN();
        assertThat(alarm.cp())
                .isCloseTo(0.84 / (6 * sampleSd(21.0, 21.1, 21.0, 21.1, 20.3)), within(1e-9));
        assertThat(alarm.cpk()).isLessThan(alarm.cp());

        List<YieldInsight> insights = insights();
        assertThat(insights).as("the second low point is suppressed").hasSize(1);
        YieldInsight insight = insights.get(0);
        assertThat(insight.kind()).isEqualTo(InsightKind.SPC_RULE_VIOLATION);
        assertThat(insight.scope().equipmentId()).isEqualTo("COAT-01");
        assertThat(insight.scope().recipeVersion()).isEqualTo(1);
        assertThat(insight.evidence()).extracting(e -> e.name()).contains("centre line", "Cpk");
    }

    @Test
    void aSilentChartIsDroppedByItsTimer() throws Exception {
        coatWeight(1000, 21.0);
        coatWeight(2000, 21.1);

        assertThat(harness.numKeyedStateEntries()).isEqualTo(1);
        assertThat(harness.numEventTimeTimers()).as("one coarse timer per key").isEqualTo(1);

        harness.processWatermark(HOUR);
        assertThat(harness.numKeyedStateEntries()).as("not idle long enough").isEqualTo(1);
        harness.processWatermark(2 * HOUR);
        assertThat(harness.numKeyedStateEntries()).isZero();
        assertThat(harness.numEventTimeTimers()).isZero();
    }

    private List<YieldInsight> insights() {
        return harness.getSideOutput(SpcChart.INSIGHTS) == null
                ? List.of()
                : harness.getSideOutput(SpcChart.INSIGHTS).stream()
                        .map(StreamRecord::getValue)
                        .toList();
    }

    private static double sampleSd(double... values) {
        double mean = java.util.Arrays.stream(values).average().orElseThrow();
        double squares = java.util.Arrays.stream(values).map(v -> (v - mean) * (v - mean)).sum();
        return Math.sqrt(squares / (values.length - 1));
    }
}
