package io.gigafab.analytics.yield;

import static org.assertj.core.api.Assertions.assertThat;

import io.gigafab.analytics.stats.ProportionChart;
import io.gigafab.events.insight.InsightKind;
import io.gigafab.events.insight.YieldInsight;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.operators.KeyedProcessOperator;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class YieldDipDetectorHarnessTest {

    private static final long WINDOW = Duration.ofMinutes(15).toMillis();
    private static final Duration IDLE = Duration.ofHours(4);

    private KeyedOneInputStreamOperatorTestHarness<String, YieldWindow, YieldInsight> harness;
    private int windows;

    @BeforeEach
    void open() throws Exception {
        harness =
                new KeyedOneInputStreamOperatorTestHarness<>(
                        new KeyedProcessOperator<>(
                                new YieldDipDetector(new ProportionChart(3, 50, 0.05), IDLE)),
                        w -> w.dimension() + "|" + w.scope(),
                        Types.STRING);
        harness.open();
    }

    @AfterEach
    void close() throws Exception {
        harness.close();
    }

    private void window(long units, long failed) throws Exception {
        long start = windows++ * WINDOW;
        YieldWindow window =
                new YieldWindow(
                        "TUMBLING",
                        "OPERATION",
                        "L1 GRADING",
                        start,
                        start + WINDOW,
                        new YieldCount(units - failed, failed, 0),
                        1.0,
                        Map.of());
        harness.processElement(new StreamRecord<>(window, start + WINDOW - 1));
    }

    @Test
    void oneInsightPerDipAndOnlyWithEnoughUnits() throws Exception {
        window(100, 4);
        window(100, 4);
        window(30, 20); // 67 % failing, but 30 units are too few to judge
        assertThat(harness.extractOutputValues()).isEmpty();

        window(100, 15); // within the limit of the baseline (~0.13 after the small window)
        window(100, 40);
        window(100, 45); // still the same dip: suppressed

        List<YieldInsight> insights = harness.extractOutputValues();
        assertThat(insights).hasSize(1);
        YieldInsight dip = insights.get(0);
        assertThat(dip.kind()).isEqualTo(InsightKind.YIELD_DIP);
        assertThat(dip.scope().line()).isEqualTo("L1");
        assertThat(dip.evidence().get(0).sampleSize()).isEqualTo(100);
        assertThat(dip.evidence().get(0).value()).isEqualTo(0.6);

        window(100, 4); // back in control: the dip closes
        window(100, 50);
        assertThat(harness.extractOutputValues()).hasSize(2);
    }

    @Test
    void aSilentScopeIsForgotten() throws Exception {
        window(100, 4);
        assertThat(harness.numKeyedStateEntries()).isEqualTo(1);
        assertThat(harness.numEventTimeTimers()).isEqualTo(1);

        harness.processWatermark(WINDOW + IDLE.toMillis());

        assertThat(harness.numKeyedStateEntries()).isZero();
        assertThat(harness.numEventTimeTimers()).isZero();
    }
}
