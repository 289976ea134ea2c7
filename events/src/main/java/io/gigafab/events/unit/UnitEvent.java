package io.gigafab.events.unit;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import io.gigafab.events.EquipmentRef;
import io.gigafab.events.TopicMessage;
import io.gigafab.events.Topics;
import java.time.Instant;
import java.util.UUID;

/**
 * Something the MES recorded about a lot, roll, cell, module or pack, published on {@link
 * Topics#UNIT_EVENTS} (through the MES transactional outbox) and keyed by the unit id, so all
 * events of one unit are read in order.
 *
 * <p>In JSON the property {@code "type"} names the event: TRACKED_IN, TRACKED_OUT,
 * MATERIAL_CONSUMED, GRADED, HOLD_PLACED, HOLD_RELEASED, SCRAPPED. New types may be added within
 * v1; a reader that does not know a type gets null from {@code EventJson} and should skip it.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = TrackedIn.class, name = "TRACKED_IN"),
    @JsonSubTypes.Type(value = TrackedOut.class, name = "TRACKED_OUT"),
    @JsonSubTypes.Type(value = MaterialConsumed.class, name = "MATERIAL_CONSUMED"),
    @JsonSubTypes.Type(value = Graded.class, name = "GRADED"),
    @JsonSubTypes.Type(value = HoldPlaced.class, name = "HOLD_PLACED"),
    @JsonSubTypes.Type(value = HoldReleased.class, name = "HOLD_RELEASED"),
    @JsonSubTypes.Type(value = Scrapped.class, name = "SCRAPPED")
})
public sealed interface UnitEvent extends TopicMessage
        permits TrackedIn,
                TrackedOut,
                MaterialConsumed,
                Graded,
                HoldPlaced,
                HoldReleased,
                Scrapped {

    /** Unique id of the event (consumers use it to drop duplicates). */
    UUID eventId();

    /** When it happened on the shop floor. */
    Instant occurredAt();

    /** The unit it happened to. */
    UnitRef unit();

    /** The machine where it happened (optional). */
    EquipmentRef equipment();

    /** The user who did it (optional). */
    String operator();

    /** The production order it belongs to (optional). */
    String orderId();

    @Override
    default String topic() {
        return Topics.UNIT_EVENTS;
    }

    /** The unit id. */
    @Override
    default String kafkaKey() {
        return unit().id();
    }
}
