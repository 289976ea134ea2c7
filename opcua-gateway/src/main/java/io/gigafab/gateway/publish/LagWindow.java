package io.gigafab.gateway.publish;

import java.util.Arrays;

/**
 * The end-to-end lag of the last {@code capacity} acknowledged measurement batches (source time of
 * the batch's oldest sample → Kafka acknowledgement), with percentiles read at scrape time.
 */
final class LagWindow {

    private final long[] lags;
    private int next;
    private int count;

    LagWindow(int capacity) {
        this.lags = new long[capacity];
    }

    synchronized void record(long lagMillis) {
        lags[next] = Math.max(0, lagMillis);
        next = (next + 1) % lags.length;
        count = Math.min(count + 1, lags.length);
    }

    /** The q-quantile (0 &lt; q &le; 1) in milliseconds, 0 before the first acknowledgement. */
    long percentile(double q) {
        long[] window;
        synchronized (this) {
            window = Arrays.copyOf(lags, count);
        }
        if (window.length == 0) {
            return 0;
        }
        Arrays.sort(window);
        int rank = (int) Math.ceil(q * window.length) - 1;
        return window[Math.max(0, Math.min(window.length - 1, rank))];
    }
}
