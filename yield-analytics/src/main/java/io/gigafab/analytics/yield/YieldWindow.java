package io.gigafab.analytics.yield;

import java.util.Map;

/**
 * Yield of one scope over one event-time window: a row of {@code analytics_yield_window}.
 *
 * @param windowKind TUMBLING or SLIDING
 * @param dimension OPERATION, EQUIPMENT, LINE, RECIPE or SHIFT
 * @param scope the value of the dimension, e.g. "L1 STACKING"
 * @param windowStartMillis start (inclusive)
 * @param windowEndMillis end (exclusive)
 * @param count the units by result
 * @param rolledThroughputYield product of the first-pass yields of the operations in scope
 * @param pareto the most frequent defect codes with their counts, most frequent first
 */
public record YieldWindow(
        String windowKind,
        String dimension,
        String scope,
        long windowStartMillis,
        long windowEndMillis,
        YieldCount count,
        double rolledThroughputYield,
        Map<String, Long> pareto) {

    /** The line the scope belongs to (its first word; recipes belong to no line: "-"). */
    public String line() {
        if (ScopedTrackOut.RECIPE.equals(dimension)) {
            return "-";
        }
        String first = scope.split(" ", 2)[0];
        String[] path = first.split("/");
        return path.length == 4 ? path[2] : first;
    }
}
