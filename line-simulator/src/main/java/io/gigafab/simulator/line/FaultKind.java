package io.gigafab.simulator.line;

/** The faults a scenario can inject, what {@code magnitude} means for each, and what they cause. */
public enum FaultKind {
    /**
     * Dryer zones of a coater drift down by {@code magnitude} °C (ramping in): residual moisture
     * rises and the coat weight deviates over the metres coated meanwhile; cells built from those
     * metres show lower capacity and a higher self-discharge K-value.
     */
    DRYER_DRIFT,
    /** A coater's coat-weight gauge fails: CoatWeight reads Bad (Bad_SensorFailure). */
    GAUGE_FAILURE,
    /**
     * A stacker's sheets are placed {@code magnitude} mm off: alignment offset up, anode overhang
     * down, hi-pot failures and lithium-plating risk (higher K-value) up.
     */
    STACKER_MISALIGNMENT,
    /**
     * Formation channel number {@code magnitude} (1-based, counted across all trays) loses contact:
     * its current drops to zero, the value reads Bad and its cell fails formation.
     */
    FORMATION_CHANNEL_FAULT,
    /** The machine stops (MachineryItemState NotExecuting) for the fault's duration. */
    MACHINE_STOP,
    /**
     * The dry room's dew point at a filler rises by {@code magnitude} °C: more water in the cell,
     * higher self-discharge.
     */
    DEW_POINT_EXCURSION
}
