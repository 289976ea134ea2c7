package io.gigafab.mes.quality;

import io.gigafab.events.unit.Scrapped;
import io.gigafab.mes.outbox.Outbox;
import io.gigafab.mes.unit.Cell;
import io.gigafab.mes.unit.Unit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;

/** What a released hold's disposition does to each unit it held. */
@ApplicationScoped
class Dispositions {

    private final EntityManager entityManager;
    private final Outbox outbox;

    Dispositions(EntityManager entityManager, Outbox outbox) {
        this.entityManager = entityManager;
        this.outbox = outbox;
    }

    void apply(Unit unit, Hold hold, String actor) {
        switch (hold.disposition) {
            case RELEASE -> {}
            case SCRAP -> scrap(unit, hold, actor);
            case REWORK -> rework(unit);
            case DOWNGRADE -> downgrade(unit);
        }
    }

    private void scrap(Unit unit, Hold hold, String actor) {
        if (unit.status == Unit.Status.SCRAPPED) {
            return;
        }
        unit.status = Unit.Status.SCRAPPED;
        unit.currentRun = null;
        outbox.append(
                new Scrapped(
                        UUID.randomUUID(),
                        hold.releasedAt,
                        unit.ref(),
                        null,
                        actor,
                        unit.orderId,
                        "Hold " + hold.id + " dispositioned SCRAP: " + hold.reason,
                        List.of()));
    }

    /** The unit goes back one step on its route to repeat it. */
    private void rework(Unit unit) {
        if (unit.status == Unit.Status.SCRAPPED || unit.routeId == null) {
            return;
        }
        Number previous =
                (Number)
                        entityManager
                                .createNativeQuery(
                                        "select coalesce(max(seq), 0) from route_step where"
                                                + " route_id = ?1 and unit_kind = ?2 and seq < ?3")
                                .setParameter(1, unit.routeId)
                                .setParameter(2, unit.kind.name())
                                .setParameter(3, unit.completedSeq)
                                .getSingleResult();
        unit.completedSeq = previous.intValue();
        unit.status = Unit.Status.ACTIVE;
        unit.currentRun = null;
    }

    /** Cells take the lowest grade of their product's active grade table. */
    private void downgrade(Unit unit) {
        Cell cell = entityManager.find(Cell.class, unit.id);
        if (cell == null) {
            return;
        }
        @SuppressWarnings("unchecked")
        List<String> lowest =
                entityManager
                        .createNativeQuery(
                                "select b ->> 'grade' from grade_table g,"
                                        + " jsonb_array_elements(g.bins) with ordinality as x(b, n)"
                                        + " where g.product_id = ?1 and g.status = 'ACTIVE'"
                                        + " order by n desc limit 1")
                        .setParameter(1, unit.productId)
                        .getResultList();
        if (!lowest.isEmpty()) {
            cell.grade = lowest.get(0);
        }
    }
}
