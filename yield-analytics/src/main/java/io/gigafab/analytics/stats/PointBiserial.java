package io.gigafab.analytics.stats;

/**
 * Point-biserial correlation between a process value and a failing (1) / good (0) outcome, with its
 * significance from Fisher's z-transform: z = atanh(r)·√(n − 3).
 *
 * @param r the correlation, −1..1; positive when failing units have higher values
 * @param n the number of units
 */
public record PointBiserial(double r, int n) {

    /** Computes r over paired observations. */
    public static PointBiserial of(double[] values, boolean[] failed) {
        int n = values.length;
        double sum = 0;
        double sumFailed = 0;
        int failing = 0;
        for (int i = 0; i < n; i++) {
            sum += values[i];
            if (failed[i]) {
                sumFailed += values[i];
                failing++;
            }
        }
        if (n < 2 || failing == 0 || failing == n) {
            return new PointBiserial(0.0, n);
        }
        double mean = sum / n;
        double squares = 0;
        for (double value : values) {
            squares += (value - mean) * (value - mean);
        }
        double sd = Math.sqrt(squares / n);
        if (sd == 0) {
            return new PointBiserial(0.0, n);
        }
        double meanFailed = sumFailed / failing;
        double meanGood = (sum - sumFailed) / (n - failing);
        double p = (double) failing / n;
        double r = (meanFailed - meanGood) / sd * Math.sqrt(p * (1 - p));
        return new PointBiserial(r, n);
    }

    /** 1 − the two-sided p-value of r ≠ 0. */
    public double confidence() {
        if (n <= 3) {
            return 0.0;
        }
        double bounded = Math.max(-0.999999, Math.min(0.999999, r));
        double z = 0.5 * Math.log((1 + bounded) / (1 - bounded)) * Math.sqrt(n - 3.0);
        return 1.0 - Normal.twoSided(z);
    }
}
