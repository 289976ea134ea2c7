package io.gigafab.events.unit;

import io.gigafab.events.Require;
import java.time.Instant;
import java.util.UUID;

/** Checks of the fields every {@link UnitEvent} carries. */
final class CommonFields {

    private CommonFields() {}

    static void check(
            String type,
            UUID eventId,
            Instant occurredAt,
            UnitRef unit,
            String operator,
            String orderId) {
        Require.nonNull(eventId, type + ".eventId");
        Require.nonNull(occurredAt, type + ".occurredAt");
        Require.nonNull(unit, type + ".unit");
        Require.optionalText(operator, type + ".operator");
        Require.optionalText(orderId, type + ".orderId");
    }
}
