package io.gigafab.mes.unit;

import io.gigafab.events.unit.UnitKind;
import io.gigafab.mes.api.NotFoundProblem;
import io.gigafab.mes.plant.ProductionOrder;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class UnitRepository implements PanacheRepositoryBase<Unit, String> {

    /**
     * A new unit of a production order (or of none, for material lots).
     *
     * @throws IllegalStateException when the id is taken (serials are unique)
     */
    public Unit create(String id, UnitKind kind, ProductionOrder order) {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("id is required");
        }
        if (findById(id) != null) {
            throw new IllegalStateException(id + " already exists: ids and serials are unique");
        }
        Unit unit = new Unit();
        unit.id = id.strip();
        unit.kind = kind;
        if (order != null) {
            if (order.status != ProductionOrder.Status.RELEASED
                    && order.status != ProductionOrder.Status.IN_PROGRESS) {
                throw new IllegalStateException(
                        "Order "
                                + order.id
                                + " is "
                                + order.status
                                + ": nothing more is made for it");
            }
            unit.orderId = order.id;
            unit.productId = order.productId;
            unit.routeId = order.routeId;
            unit.lineId = order.lineId;
        }
        persist(unit);
        return unit;
    }

    public Unit require(String id) {
        Unit unit = findById(id);
        if (unit == null) {
            throw new NotFoundProblem("No lot, roll, cell, module or pack with id " + id);
        }
        return unit;
    }
}
