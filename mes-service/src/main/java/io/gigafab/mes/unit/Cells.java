package io.gigafab.mes.unit;

import io.gigafab.events.RollSegment;
import io.gigafab.events.unit.MaterialConsumed;
import io.gigafab.events.unit.UnitKind;
import io.gigafab.mes.audit.AuditTrail;
import io.gigafab.mes.outbox.Outbox;
import io.gigafab.mes.plant.ProductionOrder;
import io.gigafab.mes.quality.HoldRepository;
import io.gigafab.mes.quality.Holds;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * Cells made at stacking, with the roll metres they contain recorded on every ancestor roll, and
 * modules and packs assembled from them.
 */
@ApplicationScoped
public class Cells {

    private final UnitRepository units;
    private final UnitChecks checks;
    private final HoldRepository holdRepository;
    private final Holds holds;
    private final Outbox outbox;
    private final AuditTrail audit;
    private final EntityManager entityManager;

    Cells(
            UnitRepository units,
            UnitChecks checks,
            HoldRepository holdRepository,
            Holds holds,
            Outbox outbox,
            AuditTrail audit,
            EntityManager entityManager) {
        this.units = units;
        this.checks = checks;
        this.holdRepository = holdRepository;
        this.holds = holds;
        this.outbox = outbox;
        this.audit = audit;
        this.entityManager = entityManager;
    }

    /**
     * Registers a cell by serial with the metres of the (daughter) rolls it is made of. A cell made
     * from held metres is held from the start.
     */
    @Transactional
    public UnitView register(Requests.NewCell request, String actor) {
        if (request == null || request.sheets() == null || request.sheets().isEmpty()) {
            throw new IllegalArgumentException("sheets: name the roll metres the cell is made of");
        }
        ProductionOrder order = checks.order(request.orderId());
        Unit unit = units.create(request.id(), UnitKind.CELL, order);
        Cell cell = new Cell();
        cell.unitId = unit.id;
        entityManager.persist(cell);
        entityManager.flush();
        for (Requests.Sheets sheets : request.sheets()) {
            Roll roll = checks.roll(sheets.rollId());
            checks.within(roll, sheets.startM(), sheets.endM(), "sheets of roll " + roll.unitId);
            recordOnAncestors(unit.id, roll, sheets.startM(), sheets.endM());
            outbox.append(
                    new MaterialConsumed(
                            UUID.randomUUID(),
                            Instant.now(),
                            unit.ref(),
                            null,
                            actor,
                            unit.orderId,
                            new RollSegment(
                                    roll.unitId,
                                    sheets.startM().doubleValue(),
                                    sheets.endM().doubleValue(),
                                    roll.lane),
                            null));
        }
        holds.holdIfMadeFromHeldMetres(unit.id);
        audit.record(actor, "CELL_REGISTERED", "unit", unit.id, null, unit.state());
        return checks.view(unit);
    }

    /** Metres of a daughter roll are also metres of its mother: record both coordinates. */
    private void recordOnAncestors(String unitId, Roll roll, BigDecimal startM, BigDecimal endM) {
        checks.recordInterval(unitId, roll.unitId, startM, endM, null);
        Roll child = roll;
        BigDecimal offsetStart = startM;
        BigDecimal offsetEnd = endM;
        while (child.parentRollId != null) {
            offsetStart = child.parentStartM.add(offsetStart);
            offsetEnd = child.parentStartM.add(offsetEnd);
            checks.recordInterval(unitId, child.parentRollId, offsetStart, offsetEnd, roll.unitId);
            child = checks.roll(child.parentRollId);
        }
    }

    /** Assembles a module from finished cells, or a pack from modules. */
    @Transactional
    public UnitView assemble(Requests.NewAssembly request, String actor) {
        if (request == null
                || request.kind() == null
                || request.inputs() == null
                || request.inputs().isEmpty()) {
            throw new IllegalArgumentException("kind (MODULE or PACK) and inputs are required");
        }
        UnitKind inputKind =
                switch (request.kind()) {
                    case MODULE -> UnitKind.CELL;
                    case PACK -> UnitKind.MODULE;
                    default ->
                            throw new IllegalArgumentException(
                                    "kind must be MODULE or PACK, got " + request.kind());
                };
        checks.distinct(request.inputs(), "inputs");
        Unit output = units.create(request.id(), request.kind(), null);
        output.status = Unit.Status.COMPLETED;
        for (String inputId : request.inputs()) {
            Unit input = assemblable(inputId, inputKind);
            output.productId = input.productId;
            output.lineId = input.lineId;
            input.status = Unit.Status.CONSUMED;
            entityManager
                    .createNativeQuery(
                            "insert into unit_link (input_id, output_id, relation)"
                                    + " values (?1, ?2, 'ASSEMBLED')")
                    .setParameter(1, input.id)
                    .setParameter(2, output.id)
                    .executeUpdate();
        }
        audit.record(actor, "ASSEMBLED", "unit", output.id, null, output.state());
        return checks.view(output);
    }

    private Unit assemblable(String inputId, UnitKind kind) {
        Unit input = units.require(inputId);
        if (input.kind != kind) {
            throw new IllegalArgumentException(inputId + " is a " + input.kind + ", not a " + kind);
        }
        if (input.status != Unit.Status.COMPLETED) {
            throw new IllegalStateException(
                    input.label() + " is " + input.status + ": only finished units are assembled");
        }
        holdRepository.requireNotHeld(inputId, input.label());
        if (kind == UnitKind.CELL) {
            Cell cell = entityManager.find(Cell.class, inputId);
            if (cell.grade == null
                    || io.gigafab.mes.tracking.GradeTables.REJECT.equals(cell.grade)) {
                throw new IllegalStateException(
                        input.label()
                                + " has grade "
                                + cell.grade
                                + ": only graded cells are assembled");
            }
        }
        return input;
    }
}
