package io.gigafab.simulator.line;

/**
 * A fault active on one machine from {@code startS} for {@code durationS} seconds of simulated
 * time. Drifts ramp in over the first fifth of the duration.
 */
public record Fault(
        FaultKind kind, String equipmentId, double magnitude, double startS, double durationS) {

    public Fault {
        if (kind == null || equipmentId == null || equipmentId.isBlank()) {
            throw new IllegalArgumentException("a fault needs a kind and an equipment id");
        }
        if (!(durationS > 0) || !Double.isFinite(magnitude) || startS < 0) {
            throw new IllegalArgumentException(
                    "a fault needs a positive duration, a finite magnitude and a start >= 0");
        }
    }

    public boolean activeAt(double now) {
        return now >= startS && now < startS + durationS;
    }

    /** The magnitude in force at {@code now}: ramping in, then full, 0 outside the fault. */
    public double magnitudeAt(double now) {
        if (!activeAt(now)) {
            return 0.0;
        }
        double ramp = Math.min(1.0, (now - startS) / (0.2 * durationS));
        return magnitude * ramp;
    }
}
