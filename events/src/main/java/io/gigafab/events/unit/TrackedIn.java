package io.gigafab.events.unit;

import io.gigafab.events.EquipmentRef;
import io.gigafab.events.Require;
import java.time.Instant;
import java.util.UUID;

/**
 * A unit was started at an operation ("track-in"), e.g. cathode roll R-240117-C03 loaded on
 * calender CAL-01 with recipe CAL-NMC811 v4.
 *
 * @param operation the routing operation, e.g. "CALENDERING"
 * @param recipeId the recipe the equipment runs for this unit (optional)
 * @param recipeVersion its version; given exactly when recipeId is given
 */
public record TrackedIn(
        UUID eventId,
        Instant occurredAt,
        UnitRef unit,
        EquipmentRef equipment,
        String operator,
        String orderId,
        String operation,
        String recipeId,
        Integer recipeVersion)
        implements UnitEvent {

    public TrackedIn {
        CommonFields.check("TrackedIn", eventId, occurredAt, unit, operator, orderId);
        Require.text(operation, "TrackedIn.operation");
        Require.optionalText(recipeId, "TrackedIn.recipeId");
        Require.optionalVersion(recipeVersion, "TrackedIn.recipeVersion");
        if ((recipeId == null) != (recipeVersion == null)) {
            throw new IllegalArgumentException(
                    "TrackedIn.recipeId and TrackedIn.recipeVersion go together: give both or"
                            + " neither");
        }
    }
}
