package io.gigafab.events.unit;

import io.gigafab.events.EquipmentRef;
import io.gigafab.events.Require;
import io.gigafab.events.RollSegment;
import java.time.Instant;
import java.util.UUID;

/**
 * A quality hold was put on a unit: it may not move on until the hold is released. A hold on a roll
 * may cover only a metre interval of it (containment of a coating defect).
 *
 * @param holdId the hold, shared by every unit it covers
 * @param reason why, e.g. "coat weight below LSL"
 * @param scope what the hold covers in words, e.g. "cathode roll R-240117-C03 1200–1350 m and all
 *     cells containing it"
 * @param rollSegment the held metre interval, when the hold covers part of a roll (optional)
 */
public record HoldPlaced(
        UUID eventId,
        Instant occurredAt,
        UnitRef unit,
        EquipmentRef equipment,
        String operator,
        String orderId,
        String holdId,
        String reason,
        String scope,
        RollSegment rollSegment)
        implements UnitEvent {

    public HoldPlaced {
        CommonFields.check("HoldPlaced", eventId, occurredAt, unit, operator, orderId);
        Require.text(holdId, "HoldPlaced.holdId");
        Require.text(reason, "HoldPlaced.reason");
        Require.text(scope, "HoldPlaced.scope");
    }
}
