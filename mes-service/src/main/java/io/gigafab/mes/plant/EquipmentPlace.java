package io.gigafab.mes.plant;

import io.gigafab.events.EquipmentClass;
import io.gigafab.events.EquipmentRef;

/** Where a machine sits in the plant: its site, area, line and work center. */
public record EquipmentPlace(
        String equipmentId,
        String equipmentClass,
        String workCenterId,
        String operation,
        String lineId,
        String areaId,
        String siteId) {

    public EquipmentRef ref() {
        return new EquipmentRef(
                siteId, areaId, lineId, equipmentId, EquipmentClass.valueOf(equipmentClass));
    }
}
