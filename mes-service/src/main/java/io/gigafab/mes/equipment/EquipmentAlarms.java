package io.gigafab.mes.equipment;

import io.gigafab.mes.plant.PlantModel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

/** The alarms and states machines reported, as the API shows them. */
@ApplicationScoped
public class EquipmentAlarms {

    private static final String ALARM_COLUMNS =
            "select a.id, a.equipment_id, a.alarm_code, a.severity, a.message, a.raised_at,"
                    + " a.cleared_at from equipment_alarm a";
    private static final int LIMIT = 500;

    private final EntityManager entityManager;
    private final PlantModel plant;

    EquipmentAlarms(EntityManager entityManager, PlantModel plant) {
        this.entityManager = entityManager;
        this.plant = plant;
    }

    public EquipmentView equipment(String equipmentId) {
        var ref = plant.equipment(equipmentId);
        Object[] row =
                (Object[])
                        entityManager
                                .createNativeQuery(
                                        "select e.name, e.state, e.state_since, (select count(*)"
                                                + " from equipment_alarm a where a.equipment_id ="
                                                + " e.id and a.cleared_at is null) from equipment e"
                                                + " where e.id = ?")
                                .setParameter(1, equipmentId)
                                .getSingleResult();
        return new EquipmentView(
                ref.equipmentId(),
                (String) row[0],
                ref.equipmentClass().name(),
                ref.site(),
                ref.area(),
                ref.line(),
                (String) row[1],
                instant(row[2]),
                ((Number) row[3]).longValue());
    }

    public List<AlarmView> ofEquipment(String equipmentId, boolean activeOnly) {
        plant.equipment(equipmentId);
        return query(" where a.equipment_id = ?", equipmentId, activeOnly);
    }

    public List<AlarmView> ofLine(String lineId, boolean activeOnly) {
        plant.requireLine(lineId);
        return query(
                " join equipment e on e.id = a.equipment_id join work_center w on w.id ="
                        + " e.work_center_id where w.line_id = ?",
                lineId,
                activeOnly);
    }

    private List<AlarmView> query(String where, String id, boolean activeOnly) {
        String sql =
                ALARM_COLUMNS
                        + where
                        + (activeOnly ? " and a.cleared_at is null" : "")
                        + " order by a.raised_at desc, a.id desc limit "
                        + LIMIT;
        @SuppressWarnings("unchecked")
        List<Object[]> rows =
                entityManager.createNativeQuery(sql).setParameter(1, id).getResultList();
        return rows.stream().map(EquipmentAlarms::alarm).toList();
    }

    private static AlarmView alarm(Object[] row) {
        Instant cleared = instant(row[6]);
        return new AlarmView(
                ((Number) row[0]).longValue(),
                (String) row[1],
                (String) row[2],
                row[3] == null ? null : ((Number) row[3]).intValue(),
                (String) row[4],
                instant(row[5]),
                cleared,
                cleared == null);
    }

    static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof OffsetDateTime time) {
            return time.toInstant();
        }
        return ((Timestamp) value).toInstant();
    }
}
