package io.gigafab.events.equipment;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import io.gigafab.events.EquipmentRef;
import io.gigafab.events.TopicMessage;
import io.gigafab.events.Topics;
import java.time.Instant;
import java.util.UUID;

/**
 * Something a machine reported, as seen by the OPC UA gateway: a state change, an alarm or a job
 * result, published on {@link Topics#EQUIPMENT_EVENTS} and keyed by equipment id.
 *
 * <p>In JSON the property {@code "type"} names the event: STATE_CHANGE, ALARM, JOB_RESULT (the same
 * discriminator property as {@code UnitEvent}). A reader that does not know a type added later
 * within v1 gets null from {@code EventJson} and should skip it.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = StateChange.class, name = "STATE_CHANGE"),
    @JsonSubTypes.Type(value = Alarm.class, name = "ALARM"),
    @JsonSubTypes.Type(value = JobResult.class, name = "JOB_RESULT")
})
public sealed interface EquipmentEvent extends TopicMessage permits StateChange, Alarm, JobResult {

    /** Unique id of the event (consumers use it to drop duplicates). */
    UUID eventId();

    /** The machine that reported it. */
    EquipmentRef equipment();

    /** When it happened at the machine. */
    Instant occurredAt();

    @Override
    default String topic() {
        return Topics.EQUIPMENT_EVENTS;
    }

    /** The equipment id. */
    @Override
    default String kafkaKey() {
        return equipment().equipmentId();
    }
}
