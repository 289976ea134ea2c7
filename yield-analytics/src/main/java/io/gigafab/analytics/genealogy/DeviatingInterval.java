package io.gigafab.analytics.genealogy;

import java.util.Arrays;

/**
 * A stretch of a roll where a process value left its usual level: bins whose mean lies more than
 * {@code zThreshold} robust standard deviations (1.4826 · MAD of the bin means) from the median bin
 * mean, at least {@code minBins} bins long, single in-control bins inside a run bridged. The
 * strongest run (largest sum of |z|) is returned.
 *
 * @param startM start of the interval (bin boundary)
 * @param endM end of the interval (bin boundary)
 * @param meanInside mean of the bin means inside
 * @param baseline the median bin mean of the roll
 */
public record DeviatingInterval(double startM, double endM, double meanInside, double baseline) {

    /** The strongest deviating interval of the bin means, or null. */
    public static DeviatingInterval find(
            double[] binMeans, double binM, double zThreshold, int minBins) {
        double[] present = Arrays.stream(binMeans).filter(v -> !Double.isNaN(v)).toArray();
        if (present.length < 2 * minBins + 1) {
            return null;
        }
        double median = median(present);
        double mad = median(Arrays.stream(present).map(v -> Math.abs(v - median)).toArray());
        double sigma = Math.max(1.4826 * mad, 1e-12 * Math.abs(median) + 1e-15);
        double bestScore = 0;
        DeviatingInterval best = null;
        int bin = 0;
        while (bin < binMeans.length) {
            if (!deviates(binMeans[bin], median, sigma, zThreshold)) {
                bin++;
                continue;
            }
            int start = bin;
            int end = bin;
            double score = 0;
            double sum = 0;
            int n = 0;
            int probe = bin;
            while (probe < binMeans.length) {
                if (deviates(binMeans[probe], median, sigma, zThreshold)) {
                    end = probe;
                    score += Math.abs(binMeans[probe] - median) / sigma;
                    sum += binMeans[probe];
                    n++;
                    probe++;
                } else if (probe + 1 < binMeans.length
                        && deviates(binMeans[probe + 1], median, sigma, zThreshold)) {
                    probe++;
                } else {
                    break;
                }
            }
            if (end - start + 1 >= minBins && score > bestScore) {
                bestScore = score;
                best = new DeviatingInterval(start * binM, (end + 1) * binM, sum / n, median);
            }
            bin = end + 1;
        }
        return best;
    }

    private static boolean deviates(double mean, double median, double sigma, double z) {
        return !Double.isNaN(mean) && Math.abs(mean - median) / sigma > z;
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }
}
