package io.gigafab.mes.equipment;

import java.time.Instant;

/** A machine as the API shows it: where it is, what it is and in which state since when. */
public record EquipmentView(
        String id,
        String name,
        String equipmentClass,
        String site,
        String area,
        String line,
        String state,
        Instant stateSince,
        long activeAlarms) {}
