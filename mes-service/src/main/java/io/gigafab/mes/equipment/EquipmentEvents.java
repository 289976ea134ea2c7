package io.gigafab.mes.equipment;

import io.gigafab.events.EquipmentRef;
import io.gigafab.events.Topics;
import io.gigafab.events.equipment.Alarm;
import io.gigafab.events.equipment.EquipmentEvent;
import io.gigafab.events.equipment.StateChange;
import io.gigafab.mes.audit.AuditTrail;
import io.gigafab.mes.kafka.MessageHandler;
import io.gigafab.mes.kafka.TopicListeners;
import io.gigafab.mes.kafka.UnusableMessage;
import io.gigafab.mes.plant.PlantModel;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * Applies what machines report ({@value Topics#EQUIPMENT_EVENTS}): the machine's state and since
 * when, and its alarms raised and cleared. Job results are left to analytics.
 */
@ApplicationScoped
public class EquipmentEvents implements MessageHandler<EquipmentEvent> {

    static final String ACTOR = "system:equipment-events";
    private static final Logger LOG = Logger.getLogger(EquipmentEvents.class);

    private final EntityManager entityManager;
    private final PlantModel plant;
    private final AuditTrail audit;

    EquipmentEvents(EntityManager entityManager, PlantModel plant, AuditTrail audit) {
        this.entityManager = entityManager;
        this.plant = plant;
        this.audit = audit;
    }

    void listen(@Observes StartupEvent event, TopicListeners listeners) {
        listeners.listen("equipment-events", Topics.EQUIPMENT_EVENTS, EquipmentEvent.class, this);
    }

    @Override
    public String messageId(EquipmentEvent message) {
        return message.eventId().toString();
    }

    @Override
    public void apply(EquipmentEvent message) {
        requireKnown(message.equipment());
        if (message instanceof StateChange change) {
            applyStateChange(change);
        } else if (message instanceof Alarm alarm) {
            applyAlarm(alarm);
        } else {
            LOG.debugf(
                    "%s from %s: nothing to record",
                    message.getClass().getSimpleName(), message.equipment().equipmentId());
        }
    }

    private void requireKnown(EquipmentRef equipment) {
        try {
            plant.equipment(equipment.equipmentId());
        } catch (RuntimeException e) {
            throw new UnusableMessage("unknown equipment " + equipment.equipmentId());
        }
    }

    /** A state change older than the state on record (a late message) does not overwrite it. */
    private void applyStateChange(StateChange change) {
        String id = change.equipment().equipmentId();
        int updated =
                entityManager
                        .createNativeQuery(
                                "update equipment set state = ?, state_since = ? where id = ?"
                                        + " and (state_since is null or state_since <= ?)")
                        .setParameter(1, change.to().name())
                        .setParameter(2, Timestamp.from(change.occurredAt()))
                        .setParameter(3, id)
                        .setParameter(4, Timestamp.from(change.occurredAt()))
                        .executeUpdate();
        if (updated == 1) {
            audit.record(
                    ACTOR,
                    "EQUIPMENT_STATE_CHANGED",
                    "equipment",
                    id,
                    change.from() == null ? null : Map.of("state", change.from().name()),
                    Map.of("state", change.to().name(), "since", change.occurredAt().toString()));
        }
    }

    private void applyAlarm(Alarm alarm) {
        String id = alarm.equipment().equipmentId();
        if (alarm.active()) {
            Number open = activeCount(id, alarm.alarmCode());
            if (open.intValue() > 0) {
                return;
            }
            entityManager
                    .createNativeQuery(
                            "insert into equipment_alarm (equipment_id, alarm_code, severity,"
                                    + " message, raised_at) values (?, ?, ?, ?, ?)")
                    .setParameter(1, id)
                    .setParameter(2, alarm.alarmCode())
                    .setParameter(3, alarm.severity())
                    .setParameter(4, alarm.message())
                    .setParameter(5, Timestamp.from(alarm.occurredAt()))
                    .executeUpdate();
            audit.record(ACTOR, "ALARM_RAISED", "equipment", id, null, alarmState(alarm));
        } else {
            int cleared =
                    entityManager
                            .createNativeQuery(
                                    "update equipment_alarm set cleared_at = ? where equipment_id ="
                                            + " ? and alarm_code = ? and cleared_at is null")
                            .setParameter(1, Timestamp.from(alarm.occurredAt()))
                            .setParameter(2, id)
                            .setParameter(3, alarm.alarmCode())
                            .executeUpdate();
            if (cleared > 0) {
                audit.record(ACTOR, "ALARM_CLEARED", "equipment", id, null, alarmState(alarm));
            }
        }
    }

    private Number activeCount(String equipmentId, String alarmCode) {
        return (Number)
                entityManager
                        .createNativeQuery(
                                "select count(*) from equipment_alarm where equipment_id = ?"
                                        + " and alarm_code = ? and cleared_at is null")
                        .setParameter(1, equipmentId)
                        .setParameter(2, alarmCode)
                        .getSingleResult();
    }

    private static Map<String, Object> alarmState(Alarm alarm) {
        return Map.of(
                "alarmCode", alarm.alarmCode(),
                "severity", alarm.severity(),
                "message", alarm.message(),
                "active", alarm.active(),
                "at", alarm.occurredAt().toString());
    }
}
