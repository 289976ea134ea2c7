package io.gigafab.simulator.line;

import io.gigafab.events.EquipmentClass;

/** The faults a scenario can inject, what {@code magnitude} means for each, and what they cause. */
public enum FaultKind {
    /**
     * Dryer zones of a coater drift down by {@code magnitude} °C (ramping in): residual moisture
     * rises and the coat weight deviates over the metres coated meanwhile; cells built from those
     * metres show lower capacity and a higher self-discharge K-value.
     */
    DRYER_DRIFT(EquipmentClass.COATER),
    /** A coater's coat-weight gauge fails: CoatWeight reads Bad (Bad_SensorFailure). */
    GAUGE_FAILURE(EquipmentClass.COATER),
    /**
     * A stacker's sheets are placed {@code magnitude} mm off: alignment offset up, anode overhang
     * down, hi-pot failures and lithium-plating risk (higher K-value) up.
     */
    STACKER_MISALIGNMENT(EquipmentClass.STACKER),
    /**
     * Formation channel number {@code magnitude} (1-based, counted across all trays) loses contact:
     * its current drops to zero, the value reads Bad and its cell fails formation.
     */
    FORMATION_CHANNEL_FAULT(EquipmentClass.FORMATION),
    /** The machine stops (MachineryItemState NotExecuting) for the fault's duration. */
    MACHINE_STOP(null),
    /**
     * The dry room's dew point at a filler rises by {@code magnitude} °C: more water in the cell,
     * higher self-discharge.
     */
    DEW_POINT_EXCURSION(EquipmentClass.FILLER);

    private final EquipmentClass actsOn;

    FaultKind(EquipmentClass actsOn) {
        this.actsOn = actsOn;
    }

    /** Whether this kind of fault does anything on a machine of {@code equipmentClass}. */
    public boolean actsOn(EquipmentClass equipmentClass) {
        return actsOn == null || actsOn == equipmentClass;
    }

    /** The machine family this kind acts on, or null for every machine. */
    public EquipmentClass family() {
        return actsOn;
    }
}
