package io.gigafab.mes.unit;

import io.gigafab.events.unit.UnitKind;
import io.gigafab.mes.api.NotFoundProblem;
import io.gigafab.mes.plant.ProductionOrder;
import io.gigafab.mes.quality.Hold;
import io.gigafab.mes.quality.HoldRepository;
import io.gigafab.mes.tracking.RouteStep;
import io.gigafab.mes.tracking.Routes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Input checks for creating units, metre-interval records and the unit view. */
@ApplicationScoped
public class UnitChecks {

    private final EntityManager entityManager;
    private final HoldRepository holds;
    private final Routes routes;

    UnitChecks(EntityManager entityManager, HoldRepository holds, Routes routes) {
        this.entityManager = entityManager;
        this.holds = holds;
        this.routes = routes;
    }

    void receivable(Requests.ReceiveLot r) {
        if (r == null) {
            throw new IllegalArgumentException("A material lot is required");
        }
        required(r.materialId(), "materialId");
        required(r.supplier(), "supplier");
        required(r.countryOfOrigin(), "countryOfOrigin");
        if (!r.countryOfOrigin().matches("[A-Za-z]{2}")) {
            throw new IllegalArgumentException(
                    "countryOfOrigin must be an ISO 3166 alpha-2 code, got " + r.countryOfOrigin());
        }
        if (r.quantity() == null || r.quantity().signum() <= 0) {
            throw new IllegalArgumentException("quantity must be positive");
        }
        if (r.recycledContentPct() != null
                && (r.recycledContentPct().signum() < 0
                        || r.recycledContentPct().compareTo(BigDecimal.valueOf(100)) > 0)) {
            throw new IllegalArgumentException("recycledContentPct must be between 0 and 100");
        }
        if (r.carbonFootprintKgPerKg() != null && r.carbonFootprintKgPerKg().signum() < 0) {
            throw new IllegalArgumentException("carbonFootprintKgPerKg must not be negative");
        }
        if (r.complianceStatus() == null) {
            throw new IllegalArgumentException(
                    "complianceStatus is required: COMPLIANT, UNDER_REVIEW or FEOC");
        }
        if (entityManager
                .createNativeQuery("select 1 from material_definition where id = ?1")
                .setParameter(1, r.materialId())
                .getResultList()
                .isEmpty()) {
            throw new NotFoundProblem("No material definition " + r.materialId());
        }
    }

    void newRoll(Requests.NewRoll r) {
        if (r == null) {
            throw new IllegalArgumentException("A roll is required");
        }
        required(r.orderId(), "orderId");
        if (r.polarity() == null) {
            throw new IllegalArgumentException("polarity is required: CATHODE or ANODE");
        }
        if (r.lengthM() == null || r.lengthM().signum() <= 0) {
            throw new IllegalArgumentException("lengthM must be positive");
        }
        if (r.materialLots() == null || r.materialLots().isEmpty()) {
            throw new IllegalArgumentException("materialLots: name the lots the roll is made from");
        }
    }

    public ProductionOrder order(String orderId) {
        required(orderId, "orderId");
        ProductionOrder order = entityManager.find(ProductionOrder.class, orderId);
        if (order == null) {
            throw new NotFoundProblem("No production order " + orderId);
        }
        return order;
    }

    Roll slittable(String motherId, Requests.Slit request) {
        Roll mother = roll(motherId);
        if (mother.parentRollId != null) {
            throw new IllegalStateException(
                    motherId + " is a daughter roll: only mother rolls are slit");
        }
        if (request == null || request.daughters() == null || request.daughters().isEmpty()) {
            throw new IllegalArgumentException("daughters: name at least one daughter roll");
        }
        Unit unit = entityManager.find(Unit.class, motherId);
        RouteStep next = routes.next(unit.routeId, unit.kind, unit.completedSeq).orElse(null);
        boolean slitting =
                unit.status == Unit.Status.IN_PROCESS
                        && next != null
                        && "SLITTING".equals(next.operation());
        if (!slitting) {
            throw new IllegalStateException(
                    "Roll " + motherId + " must be tracked in at SLITTING to be slit");
        }
        for (Requests.Daughter d : request.daughters()) {
            within(mother, d.startM(), d.endM(), "daughter " + d.id());
        }
        return mother;
    }

    Roll roll(String rollId) {
        Roll roll = entityManager.find(Roll.class, rollId);
        if (roll == null) {
            throw new NotFoundProblem("No roll with id " + rollId);
        }
        return roll;
    }

    void within(Roll roll, BigDecimal startM, BigDecimal endM, String what) {
        if (startM == null || endM == null) {
            throw new IllegalArgumentException(what + ": startM and endM are required");
        }
        if (startM.signum() < 0
                || endM.compareTo(startM) <= 0
                || endM.compareTo(roll.lengthM) > 0) {
            throw new IllegalArgumentException(
                    what
                            + ": metres "
                            + startM.toPlainString()
                            + "–"
                            + endM.toPlainString()
                            + " are not within roll "
                            + roll.unitId
                            + " (0–"
                            + roll.lengthM.stripTrailingZeros().toPlainString()
                            + " m)");
        }
    }

    void recordInterval(
            String unitId, String rollId, BigDecimal startM, BigDecimal endM, String via) {
        entityManager
                .createNativeQuery(
                        "insert into unit_roll_interval (unit_id, roll_id, start_m, end_m,"
                                + " via_roll_id) values (?1, ?2, ?3, ?4, ?5)")
                .setParameter(1, unitId)
                .setParameter(2, rollId)
                .setParameter(3, startM)
                .setParameter(4, endM)
                .setParameter(5, via)
                .executeUpdate();
    }

    void distinct(List<String> ids, String what) {
        Set<String> seen = new HashSet<>();
        for (String id : ids) {
            if (!seen.add(id)) {
                throw new IllegalArgumentException(what + " names " + id + " twice");
            }
        }
    }

    static void required(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " is required");
        }
    }

    /** The machine a unit in process is tracked in at (null when it is not in process). */
    private String currentEquipment(Unit unit) {
        if (unit.currentRun == null) {
            return null;
        }
        List<?> equipment =
                entityManager
                        .createNativeQuery(
                                "select equipment_id from operation_run where unit_id = ?1 and id"
                                        + " = ?2")
                        .setParameter(1, unit.id)
                        .setParameter(2, unit.currentRun)
                        .getResultList();
        return equipment.isEmpty() ? null : equipment.get(0).toString();
    }

    public UnitView view(Unit unit) {
        String next =
                unit.routeId == null || unit.status != Unit.Status.ACTIVE
                        ? null
                        : routes.next(unit.routeId, unit.kind, unit.completedSeq)
                                .map(RouteStep::operation)
                                .orElse(null);
        List<String> held = holds.activeOn(unit.id).stream().map(Hold::describe).toList();
        Roll roll = unit.kind == UnitKind.ROLL ? entityManager.find(Roll.class, unit.id) : null;
        Cell cell = unit.kind == UnitKind.CELL ? entityManager.find(Cell.class, unit.id) : null;
        return new UnitView(
                unit.id,
                unit.kind,
                unit.status,
                unit.productId,
                unit.orderId,
                unit.lineId,
                next,
                unit.currentRun,
                currentEquipment(unit),
                unit.createdAt,
                held,
                roll == null
                        ? null
                        : new UnitView.RollFacts(
                                roll.polarity,
                                roll.lengthM,
                                roll.parentRollId,
                                roll.parentStartM,
                                roll.parentEndM,
                                roll.lane),
                cell == null
                        ? null
                        : new UnitView.CellFacts(
                                cell.trayId,
                                cell.channel,
                                cell.capacityAh,
                                cell.dcirMOhm,
                                cell.kValueMvPerDay,
                                cell.ocvV,
                                cell.grade,
                                cell.gradeTableVersion));
    }
}
