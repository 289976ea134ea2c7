package io.gigafab.analytics.spc;

import io.gigafab.analytics.stats.WesternElectric;

/**
 * An individuals chart with an EWMA chart of one process value (one machine, recipe version and
 * tag), as mutable keyed state. The first {@code phaseOneSize} points set the centre line (their
 * mean) and σ (mean moving range / 1.128); after that every point is judged by the Western Electric
 * rules and the EWMA (λ = 0.2, L = 3.5). Mean and standard deviation of all points (Welford) feed
 * Cp/Cpk.
 *
 * <p>Every rule violation is recorded with its point (for the chart), but high-frequency data would
 * drown people in rule hits: an alarm (an insight) needs a point beyond {@link #Z_ALARM} σ or the
 * EWMA outside its limits for {@link #PERSISTENCE} points in a row — about 0.03 false alarms per
 * 1,000 in-control points with a 100-point phase I (simulated). An alarm is raised once and stays
 * open, suppressing repeats, until {@link #QUIET_POINTS} points in a row are in control.
 */
public class ControlChart {

    public static final double LAMBDA = 0.2;
    public static final double L = 3.5;

    /** A point this many σ from the centre raises an alarm by itself. */
    public static final double Z_ALARM = 4.5;

    /** The EWMA outside its limits for this many points in a row raises an alarm. */
    public static final int PERSISTENCE = 5;

    public static final double D2 = 1.128;
    public static final int QUIET_POINTS = 20;

    public int phaseOneSize = 100;
    public int ewmaOutsideRun;
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
        ewmaOutsideRun = point.ewmaOutside() ? ewmaOutsideRun + 1 : 0;
        boolean signal = Math.abs(point.z()) > Z_ALARM || ewmaOutsideRun >= PERSISTENCE;
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
