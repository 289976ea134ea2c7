package io.gigafab.mes.equipment;

import io.gigafab.events.EquipmentClass;
import io.gigafab.events.EquipmentRef;
import io.gigafab.mes.api.NotFoundProblem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;

/**
 * Where a machine sits in the ISA-95 plant model: site / area / line / equipment, and its class.
 */
@ApplicationScoped
public class PlantModel {

    private final EntityManager entityManager;

    PlantModel(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * @throws NotFoundProblem when there is no such equipment
     */
    public EquipmentRef equipment(String equipmentId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows =
                entityManager
                        .createNativeQuery(
                                "select s.id, a.id, l.id, e.id, e.equipment_class from equipment e"
                                        + " join work_center w on w.id = e.work_center_id"
                                        + " join line l on l.id = w.line_id"
                                        + " join area a on a.id = l.area_id"
                                        + " join site s on s.id = a.site_id where e.id = ?")
                        .setParameter(1, equipmentId)
                        .getResultList();
        if (rows.isEmpty()) {
            throw new NotFoundProblem("No equipment with id " + equipmentId);
        }
        Object[] row = rows.get(0);
        return new EquipmentRef(
                (String) row[0],
                (String) row[1],
                (String) row[2],
                (String) row[3],
                EquipmentClass.valueOf((String) row[4]));
    }

    /**
     * @throws NotFoundProblem when there is no such line
     */
    public void requireLine(String lineId) {
        Number found =
                (Number)
                        entityManager
                                .createNativeQuery("select count(*) from line where id = ?")
                                .setParameter(1, lineId)
                                .getSingleResult();
        if (found.intValue() == 0) {
            throw new NotFoundProblem("No line with id " + lineId);
        }
    }
}
