package io.gigafab.simulator.line;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The current setpoints of one machine, checked against the machine's limits on every write. */
public final class Setpoints {

    private final Map<String, SetpointSpec> specs = new LinkedHashMap<>();
    private final Map<String, Double> values = new LinkedHashMap<>();

    /** Declare a setpoint with its initial value (must lie within the limits). */
    public Setpoints define(SetpointSpec spec, double initial) {
        if (!spec.accepts(initial)) {
            throw new IllegalArgumentException(
                    spec.name()
                            + " = "
                            + initial
                            + " is outside ["
                            + spec.min()
                            + ", "
                            + spec.max()
                            + "]");
        }
        specs.put(spec.name(), spec);
        values.put(spec.name(), initial);
        return this;
    }

    public List<SetpointSpec> specs() {
        return List.copyOf(specs.values());
    }

    public synchronized double get(String name) {
        Double value = values.get(name);
        if (value == null) {
            throw new IllegalArgumentException("no setpoint " + name);
        }
        return value;
    }

    public synchronized void write(String name, double value) throws SetpointRejected {
        SetpointSpec spec = specs.get(name);
        if (spec == null) {
            throw new SetpointRejected("no setpoint named " + name, false);
        }
        if (!spec.accepts(value)) {
            throw new SetpointRejected(
                    String.format(
                            "%s = %s %s is outside the machine limits [%s, %s]",
                            name, value, spec.unit(), spec.min(), spec.max()),
                    true);
        }
        values.put(name, value);
    }
}
