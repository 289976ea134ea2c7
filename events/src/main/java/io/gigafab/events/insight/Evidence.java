package io.gigafab.events.insight;

import io.gigafab.events.Require;

/**
 * One number backing an insight, e.g. "first-pass yield" 0.912, or "mean coat weight" 20.4 mg/cm2
 * over 480 samples.
 *
 * @param name what the number is
 * @param value the number
 * @param unit its unit (optional)
 * @param sampleSize how many observations it is computed from, &ge; 1 (optional)
 */
public record Evidence(String name, double value, String unit, Integer sampleSize) {

    public Evidence {
        Require.text(name, "Evidence.name");
        Require.finite(value, "Evidence.value");
        Require.optionalText(unit, "Evidence.unit");
        if (sampleSize != null) {
            Require.atLeast(sampleSize, 1, "Evidence.sampleSize");
        }
    }
}
