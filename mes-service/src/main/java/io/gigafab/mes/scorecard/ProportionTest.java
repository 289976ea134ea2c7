package io.gigafab.mes.scorecard;

/**
 * Two-proportion z-test: is the defect rate of one group different from the others'? Pooled
 * standard error; two-sided p-value from the normal distribution (erf by Abramowitz-Stegun 7.1.26,
 * absolute error below 1.5e-7).
 */
record ProportionTest(double z, double pValue) {

    static ProportionTest of(long hits1, long n1, long hits2, long n2) {
        if (n1 == 0 || n2 == 0) {
            return new ProportionTest(0, 1);
        }
        double p1 = (double) hits1 / n1;
        double p2 = (double) hits2 / n2;
        double pooled = (double) (hits1 + hits2) / (n1 + n2);
        double se = Math.sqrt(pooled * (1 - pooled) * (1.0 / n1 + 1.0 / n2));
        if (se == 0) {
            return new ProportionTest(0, 1);
        }
        double z = (p1 - p2) / se;
        return new ProportionTest(z, 2 * (1 - normalCdf(Math.abs(z))));
    }

    static double normalCdf(double x) {
        return 0.5 * (1 + erf(x / Math.sqrt(2)));
    }

    private static double erf(double x) {
        double t = 1 / (1 + 0.3275911 * Math.abs(x));
        double y =
                1
                        - (((((1.061405429 * t - 1.453152027) * t) + 1.421413741) * t - 0.284496736)
                                                * t
                                        + 0.254829592)
                                * t
                                * Math.exp(-x * x);
        return x >= 0 ? y : -y;
    }
}
