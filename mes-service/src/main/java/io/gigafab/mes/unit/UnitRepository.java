package io.gigafab.mes.unit;

import io.gigafab.mes.api.NotFoundProblem;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class UnitRepository implements PanacheRepositoryBase<Unit, String> {

    public Unit require(String id) {
        Unit unit = findById(id);
        if (unit == null) {
            throw new NotFoundProblem("No lot, roll, cell, module or pack with id " + id);
        }
        return unit;
    }
}
