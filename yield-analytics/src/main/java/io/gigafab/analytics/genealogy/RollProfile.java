package io.gigafab.analytics.genealogy;

import java.util.Arrays;

/**
 * The values of one tag along one mother roll, averaged in bins of {@code binM} metres, with what
 * was running when they were measured. Mutable keyed state.
 */
public class RollProfile {

    public double binM = 10.0;
    public double[] sums = new double[16];
    public long[] counts = new long[16];
    public String line;
    public String equipmentId;
    public String recipeId;
    public int recipeVersion;
    public String unit;

    public RollProfile() {}

    public RollProfile(double binM) {
        this.binM = binM;
    }

    public void add(double positionM, double value) {
        int bin = (int) (positionM / binM);
        if (bin >= sums.length) {
            int size = Math.max(bin + 1, sums.length * 2);
            sums = Arrays.copyOf(sums, size);
            counts = Arrays.copyOf(counts, size);
        }
        sums[bin] += value;
        counts[bin]++;
    }

    /** The mean of the values in the bins overlapping [fromM, toM), NaN when none. */
    public double meanOver(double fromM, double toM) {
        int first = Math.max(0, (int) (fromM / binM));
        int last = Math.min(sums.length - 1, (int) Math.ceil(toM / binM) - 1);
        double sum = 0;
        long n = 0;
        for (int bin = first; bin <= last; bin++) {
            sum += sums[bin];
            n += counts[bin];
        }
        return n == 0 ? Double.NaN : sum / n;
    }

    /** Mean per bin, NaN for bins without values. */
    public double[] binMeans() {
        double[] means = new double[sums.length];
        for (int bin = 0; bin < sums.length; bin++) {
            means[bin] = counts[bin] == 0 ? Double.NaN : sums[bin] / counts[bin];
        }
        return means;
    }

    public long valueCount() {
        long n = 0;
        for (long count : counts) {
            n += count;
        }
        return n;
    }
}
