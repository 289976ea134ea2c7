package io.gigafab.gateway;

import io.gigafab.events.equipment.EquipmentEvent;

/** Where machine state changes, alarms and job results go; must not block. */
public interface EquipmentEventSink {

    void offer(EquipmentEvent event);
}
