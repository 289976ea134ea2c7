package io.gigafab.gateway.config;

/** A batch per machine is closed at {@code maxSamples} samples or after {@code maxDelayMs}. */
public record BatchSettings(Integer maxSamples, Integer maxDelayMs) {

    public BatchSettings {
        maxSamples = maxSamples == null ? 500 : maxSamples;
        maxDelayMs = maxDelayMs == null ? 100 : maxDelayMs;
        Check.that(
                maxSamples > 0 && maxDelayMs > 0,
                "batching: maxSamples and maxDelayMs must be positive");
    }

    public static BatchSettings defaults() {
        return new BatchSettings(null, null);
    }
}
