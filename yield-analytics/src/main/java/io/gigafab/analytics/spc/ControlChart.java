package io.gigafab.analytics.spc;

import io.gigafab.analytics.stats.WesternElectric;

/**
 * An individuals chart with an EWMA chart of one process value (one machine, recipe version and
 * tag), as mutable keyed state. The first {@code phaseOneSize} points set the centre line (their
 * mean) and σ (mean moving range / 1.128); after that every point is judged by the Western Electric
 * rules and the EWMA (λ = 0.2, L = 3). Mean and standard deviation of all points (Welford) feed
 * Cp/Cpk.
 *
 * <p>A signal — a point beyond 4σ, or any rule violation while the EWMA is outside its limits —
 * raises an alarm once; the alarm stays open, suppressing repeats, until {@link #QUIET_POINTS}
 * points in a row are in control again.
 */
public class ControlChart {

    public static final double LAMBDA = 0.2;
    public static final double L = 3.0;
    public static final double D2 = 1.128;
    public static final int QUIET_POINTS = 20;

    public int phaseOneSize = 25;
    public long count;
    public double phaseOneSum;
    public double movingRangeSum;
    public double last;
    public double centre = Double.NaN;
    public double sigma = Double.NaN;
    public double ewma;
    public long ewmaCount;
    public double[] recentZ = new double[WesternElectric.WINDOW];
    public int recentCount;
    public double mean;
    public double m2;
    public boolean open;
    public int quietPoints;
    public long lastSeenMillis;

    public ControlChart() {}

    public ControlChart(int phaseOneSize) {
        this.phaseOneSize = phaseOneSize;
    }

    /** Adds a point and judges it (a phase-I point has NaN limits and rule 0). */
    public ChartPoint observe(double x) {
        count++;
        double delta = x - mean;
        mean += delta / count;
        m2 += delta * (x - mean);
        if (Double.isNaN(centre)) {
            return phaseOne(x);
        }
        double z = (x - centre) / sigma;
        pushZ(z);
        int rule = WesternElectric.violatedRule(recentZ, recentCount);
        ewma = LAMBDA * x + (1 - LAMBDA) * ewma;
        ewmaCount++;
        double ewmaWidth =
                L
                        * sigma
                        * Math.sqrt(
                                LAMBDA
                                        / (2 - LAMBDA)
                                        * (1 - Math.pow(1 - LAMBDA, 2.0 * ewmaCount)));
        last = x;
        return new ChartPoint(
                x,
                centre,
                centre + 3 * sigma,
                centre - 3 * sigma,
                ewma,
                centre + ewmaWidth,
                centre - ewmaWidth,
                z,
                rule);
    }

    /** Whether this point raises a new alarm; updates the open/quiet bookkeeping. */
    public boolean raisesAlarm(ChartPoint point) {
        boolean signal =
                (point.rule() == 1 && Math.abs(point.z()) > 4)
                        || (point.rule() != 0 && point.ewmaOutside());
        if (signal) {
            quietPoints = 0;
            if (!open) {
                open = true;
                return true;
            }
            return false;
        }
        if (open && point.rule() == 0 && !point.ewmaOutside() && ++quietPoints >= QUIET_POINTS) {
            open = false;
        }
        return false;
    }

    /** Standard deviation of all points so far (n − 1), NaN below two points. */
    public double standardDeviation() {
        return count < 2 ? Double.NaN : Math.sqrt(m2 / (count - 1));
    }

    private ChartPoint phaseOne(double x) {
        phaseOneSum += x;
        if (count > 1) {
            movingRangeSum += Math.abs(x - last);
        }
        last = x;
        if (count == phaseOneSize) {
            centre = phaseOneSum / count;
            double estimate = count > 1 ? movingRangeSum / (count - 1) / D2 : 0.0;
            sigma = Math.max(estimate, 1e-9 * Math.abs(centre) + 1e-12);
            ewma = centre;
        }
        double nan = Double.NaN;
        return new ChartPoint(x, nan, nan, nan, nan, nan, nan, nan, 0);
    }

    private void pushZ(double z) {
        if (recentCount == recentZ.length) {
            System.arraycopy(recentZ, 1, recentZ, 0, recentZ.length - 1);
            recentCount--;
        }
        recentZ[recentCount++] = z;
    }
}
