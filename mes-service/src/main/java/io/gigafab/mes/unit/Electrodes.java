package io.gigafab.mes.unit;

import io.gigafab.events.unit.MaterialConsumed;
import io.gigafab.events.unit.MaterialLotQuantity;
import io.gigafab.events.unit.UnitKind;
import io.gigafab.mes.api.NotFoundProblem;
import io.gigafab.mes.audit.AuditTrail;
import io.gigafab.mes.outbox.Outbox;
import io.gigafab.mes.plant.ProductionOrder;
import io.gigafab.mes.quality.HoldRepository;
import io.gigafab.mes.quality.Holds;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Material lots in, mother rolls at coating, daughter rolls at slitting. */
@ApplicationScoped
public class Electrodes {

    private final UnitRepository units;
    private final UnitChecks checks;
    private final HoldRepository holdRepository;
    private final Holds holds;
    private final Outbox outbox;
    private final AuditTrail audit;
    private final EntityManager entityManager;
    private final io.gigafab.mes.tracking.Routes routes;

    Electrodes(
            io.gigafab.mes.tracking.Routes routes,
            UnitRepository units,
            UnitChecks checks,
            HoldRepository holdRepository,
            Holds holds,
            Outbox outbox,
            AuditTrail audit,
            EntityManager entityManager) {
        this.routes = routes;
        this.units = units;
        this.checks = checks;
        this.holdRepository = holdRepository;
        this.holds = holds;
        this.outbox = outbox;
        this.audit = audit;
        this.entityManager = entityManager;
    }

    @Transactional
    public UnitView receive(Requests.ReceiveLot request, String actor) {
        checks.receivable(request);
        Unit unit = units.create(request.id(), UnitKind.LOT, null);
        MaterialLot lot = new MaterialLot();
        lot.unitId = unit.id;
        lot.materialId = request.materialId();
        lot.supplier = request.supplier().strip();
        lot.supplierLot = request.supplierLot();
        lot.countryOfOrigin = request.countryOfOrigin().toUpperCase(java.util.Locale.ROOT);
        lot.receivedAt = Instant.now();
        lot.quantity = request.quantity();
        lot.certificate =
                request.certificate() == null ? java.util.Map.of() : request.certificate();
        lot.carbonFootprintKgPerKg = request.carbonFootprintKgPerKg();
        lot.recycledContentPct = request.recycledContentPct();
        lot.complianceStatus = request.complianceStatus();
        entityManager.persist(lot);
        audit.record(actor, "LOT_RECEIVED", "unit", unit.id, null, unit.state());
        return checks.view(unit);
    }

    /** A mother roll begins at coating, made from material lots. */
    @Transactional
    public UnitView coat(Requests.NewRoll request, String actor) {
        checks.newRoll(request);
        ProductionOrder order = checks.order(request.orderId());
        Unit unit = units.create(request.id(), UnitKind.ROLL, order);
        Roll roll = new Roll();
        roll.unitId = unit.id;
        roll.polarity = request.polarity();
        roll.lengthM = request.lengthM();
        entityManager.persist(roll);
        entityManager.flush();
        for (Requests.LotUse use : request.materialLots()) {
            consumeLot(unit, use, actor);
        }
        audit.record(actor, "ROLL_STARTED", "unit", unit.id, null, unit.state());
        return checks.view(unit);
    }

    /** Slitting cuts daughter rolls from lanes of a calendered mother roll. */
    @Transactional
    public List<UnitView> slit(String motherId, Requests.Slit request, String actor) {
        Roll mother = checks.slittable(motherId, request);
        Unit motherUnit = units.require(motherId);
        ProductionOrder order = checks.order(motherUnit.orderId);
        List<UnitView> daughters = new java.util.ArrayList<>();
        for (Requests.Daughter d : request.daughters()) {
            Unit unit = units.create(d.id(), UnitKind.ROLL, order);
            unit.completedSeq = slittingSeq(motherUnit);
            unit.status = Unit.Status.COMPLETED;
            Roll roll = new Roll();
            roll.unitId = unit.id;
            roll.polarity = mother.polarity;
            roll.lengthM = d.endM().subtract(d.startM());
            roll.parentRollId = mother.unitId;
            roll.parentStartM = d.startM();
            roll.parentEndM = d.endM();
            roll.lane = d.lane();
            entityManager.persist(roll);
            entityManager.flush();
            checks.recordInterval(unit.id, mother.unitId, d.startM(), d.endM(), null);
            holds.holdIfMadeFromHeldMetres(unit.id);
            audit.record(actor, "ROLL_SLIT", "unit", unit.id, null, unit.state());
            daughters.add(checks.view(unit));
        }
        return daughters;
    }

    private int slittingSeq(Unit mother) {
        return routes.step(mother.routeId, UnitKind.ROLL, "SLITTING")
                .map(io.gigafab.mes.tracking.RouteStep::seq)
                .orElse(mother.completedSeq);
    }

    private void consumeLot(Unit roll, Requests.LotUse use, String actor) {
        Unit lot = units.require(use.lotId());
        if (entityManager.find(MaterialLot.class, lot.id) == null) {
            throw new NotFoundProblem(use.lotId() + " is not a material lot");
        }
        holdRepository.requireNotHeld(lot.id, "Material lot " + lot.id);
        if (use.quantity() == null || use.quantity().signum() <= 0) {
            throw new IllegalArgumentException("quantity of lot " + lot.id + " must be positive");
        }
        entityManager
                .createNativeQuery(
                        "insert into unit_link (input_id, output_id, relation, quantity)"
                                + " values (?1, ?2, 'CONSUMED', ?3)")
                .setParameter(1, lot.id)
                .setParameter(2, roll.id)
                .setParameter(3, use.quantity())
                .executeUpdate();
        outbox.append(
                new MaterialConsumed(
                        UUID.randomUUID(),
                        Instant.now(),
                        roll.ref(),
                        null,
                        actor,
                        roll.orderId,
                        null,
                        new MaterialLotQuantity(lot.id, use.quantity().doubleValue(), "kg")));
    }
}
