package io.gigafab.simulator.line;

/**
 * A recipe setpoint a machine accepts, with the limits of the machine: a write outside them is
 * rejected (Bad_OutOfRange on OPC UA), never clamped silently.
 */
public record SetpointSpec(String name, String unit, double min, double max) {

    public SetpointSpec {
        if (!(min < max)) {
            throw new IllegalArgumentException(name + ": min must be below max");
        }
    }

    public boolean accepts(double value) {
        return Double.isFinite(value) && value >= min && value <= max;
    }
}
