package io.gigafab.analytics.stats;

/**
 * Compares the failure rate of units inside a suspect group (e.g. cells made from a roll interval)
 * with the rest: the lift of the rate and the one-sided two-proportion z-test (pooled variance)
 * that the inside rate is higher.
 *
 * @param failedInside failing units inside the group
 * @param inside units inside the group
 * @param failedOutside failing units outside
 * @param outside units outside
 */
public record TwoProportionTest(long failedInside, long inside, long failedOutside, long outside) {

    public double rateInside() {
        return inside == 0 ? Double.NaN : (double) failedInside / inside;
    }

    public double rateOutside() {
        return outside == 0 ? Double.NaN : (double) failedOutside / outside;
    }

    /** How many times the inside rate is the outside rate (outside rate floored at half a unit). */
    public double lift() {
        double outsideRate = Math.max(rateOutside(), 0.5 / Math.max(outside, 1));
        return rateInside() / outsideRate;
    }

    /** The z statistic; 0 when either group is empty or no unit failed at all. */
    public double z() {
        long n = inside + outside;
        if (inside == 0 || outside == 0) {
            return 0.0;
        }
        double pooled = (double) (failedInside + failedOutside) / n;
        double variance = pooled * (1 - pooled) * (1.0 / inside + 1.0 / outside);
        return variance == 0 ? 0.0 : (rateInside() - rateOutside()) / Math.sqrt(variance);
    }

    /** 1 − the one-sided p-value: how sure the inside rate is really higher. */
    public double confidence() {
        return 1.0 - Normal.upperTail(z());
    }
}
