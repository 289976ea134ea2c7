package io.gigafab.analytics.yield;

import io.gigafab.events.unit.TrackOutResult;

/**
 * Units that finished an operation, by result. First-pass yield counts only units that passed the
 * first time: a reworked unit is not first-pass good.
 */
public record YieldCount(long passed, long failed, long reworked) {

    public static final YieldCount EMPTY = new YieldCount(0, 0, 0);

    public YieldCount add(TrackOutResult result) {
        return switch (result) {
            case PASS -> new YieldCount(passed + 1, failed, reworked);
            case FAIL -> new YieldCount(passed, failed + 1, reworked);
            case REWORK -> new YieldCount(passed, failed, reworked + 1);
        };
    }

    public YieldCount plus(YieldCount other) {
        return new YieldCount(
                passed + other.passed, failed + other.failed, reworked + other.reworked);
    }

    public long total() {
        return passed + failed + reworked;
    }

    /** First-pass yield as a fraction 0..1; NaN when no unit was counted. */
    public double firstPassYield() {
        return total() == 0 ? Double.NaN : (double) passed / total();
    }

    /** Scrap rate as a fraction 0..1 (failed units); NaN when no unit was counted. */
    public double scrapRate() {
        return total() == 0 ? Double.NaN : (double) failed / total();
    }
}
