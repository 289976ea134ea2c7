package io.gigafab.events.unit;

import io.gigafab.events.EquipmentRef;
import io.gigafab.events.Require;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A unit finished an operation ("track-out") with its result, the defects found and the key values
 * recorded for it, e.g. a stacked cell passing hi-pot with insulation 312 MΩ.
 *
 * @param operation the routing operation, e.g. "STACKING"
 * @param result PASS, FAIL or REWORK
 * @param defectCodes defect codes found (empty when none)
 * @param keyValues key process or test values of this unit, tag to value (empty when none)
 */
public record TrackedOut(
        UUID eventId,
        Instant occurredAt,
        UnitRef unit,
        EquipmentRef equipment,
        String operator,
        String orderId,
        String operation,
        TrackOutResult result,
        List<String> defectCodes,
        Map<String, Double> keyValues)
        implements UnitEvent {

    public TrackedOut {
        CommonFields.check("TrackedOut", eventId, occurredAt, unit, operator, orderId);
        Require.text(operation, "TrackedOut.operation");
        Require.nonNull(result, "TrackedOut.result");
        defectCodes = Require.list(defectCodes, "TrackedOut.defectCodes");
        keyValues = Require.sortedMap(keyValues, "TrackedOut.keyValues");
        keyValues.forEach((tag, value) -> Require.finite(value, "TrackedOut.keyValues." + tag));
    }
}
