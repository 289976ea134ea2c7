package io.gigafab.analytics.stats;

/** The standard normal distribution, for p-values of the tests the job runs. */
public final class Normal {

    private Normal() {}

    /** P(Z &le; z) for a standard normal Z (Abramowitz–Stegun 7.1.26, error below 1e-7). */
    public static double cdf(double z) {
        if (Double.isNaN(z)) {
            return Double.NaN;
        }
        double x = Math.abs(z) / Math.sqrt(2.0);
        double t = 1.0 / (1.0 + 0.3275911 * x);
        double poly =
                t
                        * (0.254829592
                                + t
                                        * (-0.284496736
                                                + t
                                                        * (1.421413741
                                                                + t
                                                                        * (-1.453152027
                                                                                + t
                                                                                        * 1.061405429))));
        double erf = 1.0 - poly * Math.exp(-x * x);
        return z >= 0 ? 0.5 * (1.0 + erf) : 0.5 * (1.0 - erf);
    }

    /** P(Z &gt; z): the one-sided p-value of a z statistic. */
    public static double upperTail(double z) {
        return 1.0 - cdf(z);
    }

    /** P(|Z| &gt; |z|): the two-sided p-value of a z statistic. */
    public static double twoSided(double z) {
        return 2.0 * upperTail(Math.abs(z));
    }
}
