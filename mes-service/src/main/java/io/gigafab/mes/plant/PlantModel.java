package io.gigafab.mes.plant;

import io.gigafab.mes.api.NotFoundProblem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;

/** Reads of the ISA-95 plant model. */
@ApplicationScoped
public class PlantModel {

    private static final String PLACE =
            "select e.id, e.equipment_class, w.id, w.operation, l.id, a.id, a.site_id"
                    + " from equipment e join work_center w on w.id = e.work_center_id"
                    + " join line l on l.id = w.line_id join area a on a.id = l.area_id";

    private final EntityManager entityManager;

    /** Machines do not move between lines while the service runs: places are read once. */
    private final java.util.Map<String, EquipmentPlace> placeById =
            new java.util.concurrent.ConcurrentHashMap<>();

    public PlantModel(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Where a machine is; 404 problem when it is not in the plant model. */
    public EquipmentPlace place(String equipmentId) {
        EquipmentPlace cached = placeById.get(equipmentId);
        if (cached != null) {
            return cached;
        }
        List<EquipmentPlace> found = places(" where e.id = ?1", equipmentId);
        if (found.isEmpty()) {
            throw new NotFoundProblem(
                    "No equipment with id " + equipmentId + " in the plant model");
        }
        placeById.put(equipmentId, found.get(0));
        return found.get(0);
    }

    /** The machine as Kafka messages name it; 404 problem when it is not in the plant model. */
    public io.gigafab.events.EquipmentRef equipment(String equipmentId) {
        return place(equipmentId).ref();
    }

    /**
     * @throws NotFoundProblem when there is no such line
     */
    public void requireLine(String lineId) {
        if (!lineExists(lineId)) {
            throw new NotFoundProblem("No line with id " + lineId);
        }
    }

    public List<EquipmentPlace> placesOnLine(String lineId) {
        return places(" where l.id = ?1 order by w.id, e.id", lineId);
    }

    public List<EquipmentPlace> allPlaces() {
        return places(" order by l.id, w.id, e.id", null);
    }

    private List<EquipmentPlace> places(String where, String parameter) {
        var query = entityManager.createNativeQuery(PLACE + where);
        if (parameter != null) {
            query.setParameter(1, parameter);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream()
                .map(
                        r ->
                                new EquipmentPlace(
                                        (String) r[0],
                                        (String) r[1],
                                        (String) r[2],
                                        (String) r[3],
                                        (String) r[4],
                                        (String) r[5],
                                        (String) r[6]))
                .toList();
    }

    public boolean lineExists(String lineId) {
        return entityManager
                        .createNativeQuery("select 1 from line where id = ?1")
                        .setParameter(1, lineId)
                        .getResultList()
                        .size()
                == 1;
    }
}
