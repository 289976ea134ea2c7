package io.gigafab.analytics.stats;

/**
 * Process capability against spec limits: Cp = (USL − LSL) / 6σ, Cpk = min(USL − μ, μ − LSL) / 3σ.
 * A one-sided spec has no Cp; its Cpk uses the side it has. NaN when σ is 0 or unknown.
 */
public final class Capability {

    private Capability() {}

    public static double cp(double sigma, Double lower, Double upper) {
        if (lower == null || upper == null || !(sigma > 0)) {
            return Double.NaN;
        }
        return (upper - lower) / (6 * sigma);
    }

    public static double cpk(double mean, double sigma, Double lower, Double upper) {
        if (!(sigma > 0) || (lower == null && upper == null)) {
            return Double.NaN;
        }
        double toUpper = upper == null ? Double.POSITIVE_INFINITY : upper - mean;
        double toLower = lower == null ? Double.POSITIVE_INFINITY : mean - lower;
        return Math.min(toUpper, toLower) / (3 * sigma);
    }
}
