package io.gigafab.analytics.yield;

import io.gigafab.events.unit.TrackOutResult;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The running counts of one scope and window: units by result, per operation (for rolled throughput
 * yield) and per defect code (for the Pareto). Mutable, as a window accumulator.
 */
public class ScopeCounts {

    public YieldCount total = YieldCount.EMPTY;
    public HashMap<String, YieldCount> byOperation = new HashMap<>();
    public HashMap<String, Long> byDefect = new HashMap<>();

    public ScopeCounts add(TrackOut trackOut) {
        total = total.add(trackOut.result());
        byOperation.merge(
                trackOut.operation(), YieldCount.EMPTY.add(trackOut.result()), YieldCount::plus);
        for (String defect : trackOut.defectCodes()) {
            byDefect.merge(defect, 1L, Long::sum);
        }
        return this;
    }

    public ScopeCounts merge(ScopeCounts other) {
        total = total.plus(other.total);
        other.byOperation.forEach((op, count) -> byOperation.merge(op, count, YieldCount::plus));
        other.byDefect.forEach((defect, n) -> byDefect.merge(defect, n, Long::sum));
        return this;
    }

    /** Rolled throughput yield: the product of the first-pass yields of the operations. */
    public double rolledThroughputYield() {
        if (byOperation.isEmpty()) {
            return Double.NaN;
        }
        double rty = 1.0;
        for (YieldCount count : byOperation.values()) {
            rty *= count.firstPassYield();
        }
        return rty;
    }

    /** The defect Pareto: codes by count, most frequent first (ties by code), at most {@code n}. */
    public Map<String, Long> pareto(int n) {
        return byDefect.entrySet().stream()
                .sorted(
                        Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
                                .thenComparing(Map.Entry.comparingByKey()))
                .limit(n)
                .collect(
                        Collectors.toMap(
                                Map.Entry::getKey,
                                Map.Entry::getValue,
                                (a, b) -> a,
                                java.util.LinkedHashMap::new));
    }

    /** Counts one result, for tests. */
    public ScopeCounts add(String operation, TrackOutResult result, String... defects) {
        return add(new TrackOut("u", "-", "-", operation, result, defects, null, 0L));
    }
}
