package io.gigafab.events.equipment;

import io.gigafab.events.EquipmentRef;
import io.gigafab.events.Require;
import java.time.Instant;
import java.util.UUID;

/**
 * An alarm of the machine became active or cleared, e.g. "E-3107 Dryer zone 3 over temperature".
 *
 * @param alarmCode the machine's alarm code
 * @param severity the OPC UA event severity, 1 (lowest) to 1000 (highest)
 * @param message the alarm text
 * @param active true when raised, false when cleared
 */
public record Alarm(
        UUID eventId,
        EquipmentRef equipment,
        Instant occurredAt,
        String alarmCode,
        int severity,
        String message,
        boolean active)
        implements EquipmentEvent {

    public Alarm {
        Require.nonNull(eventId, "Alarm.eventId");
        Require.nonNull(equipment, "Alarm.equipment");
        Require.nonNull(occurredAt, "Alarm.occurredAt");
        Require.text(alarmCode, "Alarm.alarmCode");
        Require.between(severity, 1, 1000, "Alarm.severity");
        Require.text(message, "Alarm.message");
    }
}
