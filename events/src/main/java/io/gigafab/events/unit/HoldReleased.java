package io.gigafab.events.unit;

import io.gigafab.events.EquipmentRef;
import io.gigafab.events.Require;
import java.time.Instant;
import java.util.UUID;

/**
 * A quality hold on a unit was released with a disposition decided by a quality engineer.
 *
 * @param holdId the hold being released
 * @param disposition what happens to the material
 * @param releasedBy the user who decided the disposition
 */
public record HoldReleased(
        UUID eventId,
        Instant occurredAt,
        UnitRef unit,
        EquipmentRef equipment,
        String operator,
        String orderId,
        String holdId,
        HoldDisposition disposition,
        String releasedBy)
        implements UnitEvent {

    public HoldReleased {
        CommonFields.check("HoldReleased", eventId, occurredAt, unit, operator, orderId);
        Require.text(holdId, "HoldReleased.holdId");
        Require.nonNull(disposition, "HoldReleased.disposition");
        Require.text(releasedBy, "HoldReleased.releasedBy");
    }
}
