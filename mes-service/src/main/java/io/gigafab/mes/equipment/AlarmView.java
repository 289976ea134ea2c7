package io.gigafab.mes.equipment;

import java.time.Instant;

/** An alarm a machine raised, and when it cleared (null while active). */
public record AlarmView(
        long id,
        String equipmentId,
        String alarmCode,
        Integer severity,
        String message,
        Instant raisedAt,
        Instant clearedAt,
        boolean active) {}
