package io.gigafab.analytics;

import java.time.Instant;

/**
 * First-pass yield of one operation at one machine over one event-time window.
 *
 * @param equipmentPath ISA-95 path of the machine, e.g. "gf1/assembly/L1/STACK-01"
 * @param operation the routing operation, e.g. "STACKING"
 * @param windowStart start of the window (inclusive)
 * @param windowEnd end of the window (exclusive)
 * @param count the units by result
 */
public record StationYield(
        String equipmentPath,
        String operation,
        Instant windowStart,
        Instant windowEnd,
        YieldCount count) {

    public double firstPassYield() {
        return count.firstPassYield();
    }
}
