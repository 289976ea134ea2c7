package io.gigafab.analytics.stats;

/**
 * A p-chart on the failure proportion of a window: the window is a dip when it holds at least a
 * minimum number of units and its failure proportion lies above p̄ + k·√(p̄(1 − p̄)/n), p̄ being
 * the baseline proportion of the scope.
 *
 * @param sigmas k, the width of the limit in standard errors (3 for a Shewhart p-chart)
 * @param minUnits the fewest units a window needs before it can be judged
 * @param minDrop how far (absolute) the failure proportion must exceed the baseline to matter, so
 *     that a scope with a near-perfect baseline does not alarm on its first few failures
 */
public record ProportionChart(double sigmas, long minUnits, double minDrop)
        implements java.io.Serializable {

    /** The upper control limit of the failure proportion for a window of n units. */
    public double upperLimit(double baseline, long n) {
        double p = Math.max(baseline, 0.5 / Math.max(n, 1));
        return p + sigmas * Math.sqrt(p * (1 - p) / n);
    }

    /** Whether a window of n units with that many failures is a yield dip against the baseline. */
    public boolean isDip(double baseline, long failures, long n) {
        double proportion = (double) failures / n;
        return n >= minUnits
                && proportion > upperLimit(baseline, n)
                && proportion - baseline >= minDrop;
    }

    /** How many standard errors the window's proportion lies above the baseline. */
    public double zScore(double baseline, long failures, long n) {
        double p = Math.max(baseline, 0.5 / Math.max(n, 1));
        return ((double) failures / n - p) / Math.sqrt(p * (1 - p) / n);
    }
}
