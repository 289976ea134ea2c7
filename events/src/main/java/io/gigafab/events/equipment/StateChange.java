package io.gigafab.events.equipment;

import io.gigafab.events.EquipmentRef;
import io.gigafab.events.Require;
import java.time.Instant;
import java.util.UUID;

/**
 * The machine changed its MachineryItemState, e.g. a coater going from NotExecuting to Executing at
 * the start of a roll. Time in each state feeds OEE.
 *
 * @param from the state before (null for the first state the gateway sees after connecting)
 * @param to the state now
 */
public record StateChange(
        UUID eventId,
        EquipmentRef equipment,
        Instant occurredAt,
        MachineryItemState from,
        MachineryItemState to)
        implements EquipmentEvent {

    public StateChange {
        Require.nonNull(eventId, "StateChange.eventId");
        Require.nonNull(equipment, "StateChange.equipment");
        Require.nonNull(occurredAt, "StateChange.occurredAt");
        Require.nonNull(to, "StateChange.to");
        if (from == to) {
            throw new IllegalArgumentException("StateChange.from and to are both " + to);
        }
    }
}
