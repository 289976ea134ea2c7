package io.gigafab.events.unit;

import io.gigafab.events.EquipmentRef;
import io.gigafab.events.Require;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A unit was scrapped and leaves production, e.g. a cell with K-value above limit.
 *
 * @param reason why, in words
 * @param defectCodes the defect codes behind it (empty when none)
 */
public record Scrapped(
        UUID eventId,
        Instant occurredAt,
        UnitRef unit,
        EquipmentRef equipment,
        String operator,
        String orderId,
        String reason,
        List<String> defectCodes)
        implements UnitEvent {

    public Scrapped {
        CommonFields.check("Scrapped", eventId, occurredAt, unit, operator, orderId);
        Require.text(reason, "Scrapped.reason");
        defectCodes = Require.list(defectCodes, "Scrapped.defectCodes");
    }
}
