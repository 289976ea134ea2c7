package io.gigafab.mes.bench;

import java.util.Arrays;

/** Collected latencies in nanoseconds, summarised as percentiles in milliseconds. */
final class Latencies {

    private final long[] nanos;
    private int count;

    Latencies(int capacity) {
        nanos = new long[capacity];
    }

    synchronized void add(long elapsedNanos) {
        nanos[count++] = elapsedNanos;
    }

    synchronized String summary() {
        long[] sorted = Arrays.copyOf(nanos, count);
        Arrays.sort(sorted);
        return "n=%d p50=%.1f ms p95=%.1f ms p99=%.1f ms max=%.1f ms"
                .formatted(
                        count,
                        ms(sorted, 0.50),
                        ms(sorted, 0.95),
                        ms(sorted, 0.99),
                        sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e6);
    }

    private static double ms(long[] sorted, double quantile) {
        if (sorted.length == 0) {
            return 0;
        }
        int index = (int) Math.min(sorted.length - 1, Math.ceil(quantile * sorted.length) - 1);
        return sorted[Math.max(0, index)] / 1e6;
    }
}
