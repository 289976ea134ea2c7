package io.gigafab.simulator.line;

import io.gigafab.events.EquipmentClass;
import io.gigafab.simulator.MachineryItemState;
import java.util.List;

/**
 * One machine of the simulated line as OPC UA shows it: its signals (fixed when it is built), the
 * latest value of each, its state and its writable recipe setpoints. The process behind it is
 * advanced by the {@link Line}.
 */
public interface Station {

    String equipmentId();

    EquipmentClass equipmentClass();

    /** The signals, in a fixed order. */
    List<Signal> signals();

    /**
     * The latest value of every signal, in the order of {@link #signals()}: a Double, String,
     * Boolean, Integer, double[] or {@link SensorFault#FAILED}.
     */
    Object[] values();

    MachineryItemState state();

    Setpoints setpoints();
}
