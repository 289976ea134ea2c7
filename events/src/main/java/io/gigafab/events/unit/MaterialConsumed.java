package io.gigafab.events.unit;

import io.gigafab.events.EquipmentRef;
import io.gigafab.events.RollSegment;
import java.time.Instant;
import java.util.UUID;

/**
 * The unit consumed material, the link of the genealogy: either a metre interval of an electrode
 * roll (e.g. a cell stacked from metres 1200.0–1201.8 of cathode roll R-240117-C03, lane 2) or an
 * amount from a material lot (e.g. 182.4 g of electrolyte). Exactly one of the two is given.
 *
 * @param rollSegment the roll interval consumed, or null
 * @param materialLot the material lot amount consumed, or null
 */
public record MaterialConsumed(
        UUID eventId,
        Instant occurredAt,
        UnitRef unit,
        EquipmentRef equipment,
        String operator,
        String orderId,
        RollSegment rollSegment,
        MaterialLotQuantity materialLot)
        implements UnitEvent {

    public MaterialConsumed {
        CommonFields.check("MaterialConsumed", eventId, occurredAt, unit, operator, orderId);
        if ((rollSegment == null) == (materialLot == null)) {
            throw new IllegalArgumentException(
                    "MaterialConsumed needs exactly one of rollSegment or materialLot, got "
                            + (rollSegment == null ? "neither" : "both"));
        }
    }
}
