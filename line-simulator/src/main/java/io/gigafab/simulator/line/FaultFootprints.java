package io.gigafab.simulator.line;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The ground truth of a scenario: which metres of which mother rolls were coated while a coating
 * fault was in force. Tests (and the end-to-end checks) compare what the MES and the analytics
 * found with it.
 */
public final class FaultFootprints {

    private final Map<String, double[]> byRoll = new LinkedHashMap<>();

    synchronized void coatedUnderFault(String rollId, double fromM, double toM) {
        double[] span = byRoll.computeIfAbsent(rollId, id -> new double[] {fromM, toM});
        span[0] = Math.min(span[0], fromM);
        span[1] = Math.max(span[1], toM);
    }

    public synchronized List<RollInterval> intervals() {
        List<RollInterval> intervals = new ArrayList<>();
        byRoll.forEach((roll, span) -> intervals.add(new RollInterval(roll, span[0], span[1])));
        return intervals;
    }

    /** Whether metres {@code [startM, endM)} of the roll were coated under a fault. */
    public synchronized boolean affects(String rollId, double startM, double endM) {
        double[] span = byRoll.get(rollId);
        return span != null && startM < span[1] && endM > span[0];
    }
}
