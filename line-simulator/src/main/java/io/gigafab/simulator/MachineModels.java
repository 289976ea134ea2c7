package io.gigafab.simulator;

import io.gigafab.events.EquipmentClass;
import io.gigafab.simulator.line.Station;
import java.util.Map;

/** The nameplates the simulated machines carry, per equipment class. */
final class MachineModels {

    private static final Map<EquipmentClass, String> MODELS =
            Map.of(
                    EquipmentClass.COATER, "Slot-die coater with 8-zone dryer SDC-1400",
                    EquipmentClass.CALENDER, "Two-roll calender CR-800",
                    EquipmentClass.SLITTER, "Rotary knife slitter RS-8",
                    EquipmentClass.STACKER, "Z-fold stacker ZF-120",
                    EquipmentClass.FILLER, "Vacuum electrolyte filler VF-2",
                    EquipmentClass.FORMATION, "Formation cycler FC-32",
                    EquipmentClass.AGING, "Aging store with OCV tester AO-5000",
                    EquipmentClass.GRADER, "Grading and sorting station GS-16");

    private MachineModels() {}

    static MachineIdentity identity(Station station) {
        return MachineIdentity.simulated(
                station.equipmentId(),
                MODELS.getOrDefault(station.equipmentClass(), "Simulated machine"));
    }
}
