package io.gigafab.analytics.yield;

import static io.gigafab.events.unit.TrackOutResult.FAIL;
import static io.gigafab.events.unit.TrackOutResult.PASS;
import static io.gigafab.events.unit.TrackOutResult.REWORK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.util.Collector;
import org.junit.jupiter.api.Test;

class YieldScopesTest {

    @Test
    void rolledThroughputYieldIsTheProductOfTheOperationsFirstPassYields() {
        ScopeCounts counts = new ScopeCounts();
        for (int i = 0; i < 10; i++) {
            counts.add(
                    "STACKING",
                    i < 9 ? PASS : FAIL,
                    i < 9 ? new String[0] : new String[] {"HIPOT_FAIL"});
            counts.add("FILLING", i < 8 ? PASS : REWORK);
        }

        assertThat(counts.total).isEqualTo(new YieldCount(17, 1, 2));
        assertThat(counts.rolledThroughputYield()).isCloseTo(0.9 * 0.8, within(1e-12));
        assertThat(new ScopeCounts().rolledThroughputYield()).isNaN();
    }

    @Test
    void paretoListsDefectsMostFrequentFirst() {
        ScopeCounts counts = new ScopeCounts();
        counts.add("GRADING", FAIL, "LOW_CAPACITY", "HIGH_DCIR");
        counts.add("GRADING", FAIL, "LOW_CAPACITY");
        counts.add("GRADING", FAIL, "HIGH_K_VALUE");
        ScopeCounts other = new ScopeCounts().add("GRADING", FAIL, "HIGH_DCIR", "LOW_CAPACITY");

        counts.merge(other);

        assertThat(new ArrayList<>(counts.pareto(2).entrySet()))
                .extracting(e -> e.getKey() + "=" + e.getValue())
                .containsExactly("LOW_CAPACITY=3", "HIGH_DCIR=2");
        assertThat(counts.byOperation.get("GRADING")).isEqualTo(new YieldCount(0, 4, 0));
    }

    @Test
    void shiftsFollowTheThreeShiftPatternInUtc() {
        assertThat(Shifts.of(millis("2026-11-20T05:59:59Z"))).isEqualTo("2026-11-19 NIGHT");
        assertThat(Shifts.of(millis("2026-11-20T06:00:00Z"))).isEqualTo("2026-11-20 EARLY");
        assertThat(Shifts.of(millis("2026-11-20T14:00:00Z"))).isEqualTo("2026-11-20 LATE");
        assertThat(Shifts.of(millis("2026-11-20T22:30:00Z"))).isEqualTo("2026-11-20 NIGHT");
    }

    @Test
    void aTrackOutCountsInEveryScope() {
        TrackOut out =
                new TrackOut(
                        "C-1",
                        "gf1/assembly/L1/STACK-01",
                        "L1",
                        "STACKING",
                        PASS,
                        new String[0],
                        "LFP-280P-STACKING v1",
                        millis("2026-11-20T07:00:00Z"));
        List<ScopedTrackOut> scoped = new ArrayList<>();
        new ScopedTrackOut.Fanout().flatMap(out, collector(scoped));

        assertThat(scoped)
                .extracting(ScopedTrackOut::key)
                .containsExactly(
                        "OPERATION|L1 STACKING",
                        "EQUIPMENT|gf1/assembly/L1/STACK-01 STACKING",
                        "LINE|L1",
                        "RECIPE|LFP-280P-STACKING v1",
                        "SHIFT|L1 2026-11-20 EARLY");
        YieldWindow window =
                new YieldWindow(
                        "TUMBLING",
                        "EQUIPMENT",
                        "gf1/assembly/L1/STACK-01 STACKING",
                        0,
                        1,
                        YieldCount.EMPTY,
                        Double.NaN,
                        java.util.Map.of());
        assertThat(window.line()).isEqualTo("L1");
        assertThat(YieldDipDetector.scopeOf(window).equipmentId()).isEqualTo("STACK-01");
    }

    private static long millis(String instant) {
        return Instant.parse(instant).toEpochMilli();
    }

    static <T> Collector<T> collector(List<T> into) {
        return new Collector<>() {
            @Override
            public void collect(T record) {
                into.add(record);
            }

            @Override
            public void close() {}
        };
    }
}
