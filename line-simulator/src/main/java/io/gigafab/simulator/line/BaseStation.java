package io.gigafab.simulator.line;

import io.gigafab.events.EquipmentClass;
import io.gigafab.simulator.MachineryItemState;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * What every simulated machine has: its signals and their latest values, its state, its setpoints,
 * and its own seeded noise source (so one machine's behaviour does not depend on how often another
 * one is sampled).
 */
abstract class BaseStation implements Station {

    private final String equipmentId;
    private final EquipmentClass equipmentClass;
    private final List<Signal> signals = new ArrayList<>();
    private final Map<String, Integer> index = new HashMap<>();
    private final Setpoints setpoints = new Setpoints();
    private Object[] values = new Object[0];
    private volatile MachineryItemState state = MachineryItemState.EXECUTING;
    protected final Random noise;

    protected BaseStation(String equipmentId, EquipmentClass equipmentClass, long seed) {
        this.equipmentId = equipmentId;
        this.equipmentClass = equipmentClass;
        this.noise = new Random(seed ^ equipmentId.hashCode());
    }

    /** Advance the machine's process by {@code seconds} of simulated time at {@code now}. */
    abstract void step(double now, double seconds);

    protected final void signal(Signal signal, Object initial) {
        if (index.containsKey(signal.path())) {
            throw new IllegalArgumentException(equipmentId + " has two signals " + signal.path());
        }
        index.put(signal.path(), signals.size());
        signals.add(signal);
        Object[] grown = java.util.Arrays.copyOf(values, signals.size());
        grown[signals.size() - 1] = initial;
        values = grown;
    }

    protected final synchronized void show(String path, Object value) {
        Integer i = index.get(path);
        if (i == null) {
            throw new IllegalArgumentException(equipmentId + " has no signal " + path);
        }
        values[i] = value;
    }

    protected final void state(MachineryItemState state) {
        this.state = state;
    }

    protected final double gaussian(double sigma) {
        return noise.nextGaussian() * sigma;
    }

    @Override
    public final String equipmentId() {
        return equipmentId;
    }

    @Override
    public final EquipmentClass equipmentClass() {
        return equipmentClass;
    }

    @Override
    public final List<Signal> signals() {
        return List.copyOf(signals);
    }

    @Override
    public final synchronized Object[] values() {
        return values.clone();
    }

    @Override
    public final MachineryItemState state() {
        return state;
    }

    @Override
    public final Setpoints setpoints() {
        return setpoints;
    }
}
