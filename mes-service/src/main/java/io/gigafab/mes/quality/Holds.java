package io.gigafab.mes.quality;

import io.gigafab.events.unit.HoldPlaced;
import io.gigafab.events.unit.HoldReleased;
import io.gigafab.mes.api.NotFoundProblem;
import io.gigafab.mes.audit.AuditTrail;
import io.gigafab.mes.outbox.Outbox;
import io.gigafab.mes.unit.Unit;
import io.gigafab.mes.unit.UnitRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Placing and releasing quality holds, with their units, events and audit records. */
@ApplicationScoped
public class Holds {

    private final HoldRepository holds;
    private final UnitRepository units;
    private final AffectedUnits affected;
    private final HoldTargets targets;
    private final Dispositions dispositions;
    private final Outbox outbox;
    private final AuditTrail audit;
    private final EntityManager entityManager;

    Holds(
            HoldRepository holds,
            UnitRepository units,
            AffectedUnits affected,
            HoldTargets targets,
            Dispositions dispositions,
            Outbox outbox,
            AuditTrail audit,
            EntityManager entityManager) {
        this.holds = holds;
        this.units = units;
        this.affected = affected;
        this.targets = targets;
        this.dispositions = dispositions;
        this.outbox = outbox;
        this.audit = audit;
        this.entityManager = entityManager;
    }

    /** Places a hold and holds every unit it covers; returns it with the number of held units. */
    @Transactional
    public HoldView place(PlaceHold request, String actor, Hold.Source source) {
        targets.check(request);
        Hold hold = new Hold();
        hold.id = nextId();
        hold.scope = request.scope();
        hold.targetId = request.targetId();
        hold.startM = request.startM();
        hold.endM = request.endM();
        hold.recipeVersion = request.recipeVersion();
        hold.reason = request.reason().strip();
        hold.ncrId = request.ncrId();
        hold.insightId = request.insightId();
        hold.source = source;
        hold.status = Hold.Status.ACTIVE;
        hold.placedBy = actor;
        hold.placedAt = Instant.now();
        holds.persist(hold);
        holds.flush();
        if (hold.scope == HoldScope.ROLL_INTERVAL) {
            affected.holdRollInterval(hold.id, hold.targetId, hold.startM, hold.endM);
        } else if (hold.scope.holdsUnits()) {
            affected.holdDownstreamOf(hold.id, hold.targetId);
        }
        List<Unit> held = heldUnits(hold.id);
        for (Unit unit : held) {
            outbox.append(
                    new HoldPlaced(
                            UUID.randomUUID(),
                            hold.placedAt,
                            unit.ref(),
                            null,
                            actor,
                            unit.orderId,
                            hold.id,
                            hold.reason,
                            hold.scope.name(),
                            null));
        }
        HoldView view = HoldView.of(hold, held.size());
        audit.record(actor, "HOLD_PLACED", "hold", hold.id, null, view);
        return view;
    }

    /** Releases an active hold with a disposition applied to every unit it holds. */
    @Transactional
    public HoldView release(String holdId, ReleaseHold decision, String actor) {
        if (decision == null || decision.disposition() == null) {
            throw new IllegalArgumentException(
                    "disposition is required: RELEASE, SCRAP, REWORK or DOWNGRADE");
        }
        Hold hold = require(holdId);
        if (hold.status != Hold.Status.ACTIVE) {
            throw new IllegalStateException(
                    "Hold " + holdId + " was already released by " + hold.releasedBy);
        }
        List<Unit> held = heldUnits(hold.id);
        HoldView before = HoldView.of(hold, held.size());
        hold.status = Hold.Status.RELEASED;
        hold.releasedBy = actor;
        hold.releasedAt = Instant.now();
        hold.disposition = decision.disposition();
        hold.dispositionNote = decision.note();
        for (Unit unit : held) {
            dispositions.apply(unit, hold, actor);
            outbox.append(
                    new HoldReleased(
                            UUID.randomUUID(),
                            hold.releasedAt,
                            unit.ref(),
                            null,
                            actor,
                            unit.orderId,
                            hold.id,
                            hold.disposition,
                            actor));
        }
        HoldView after = HoldView.of(hold, held.size());
        audit.record(actor, "HOLD_RELEASED", "hold", hold.id, before, after);
        return after;
    }

    public Hold require(String holdId) {
        Hold hold = holds.findById(holdId);
        if (hold == null) {
            throw new NotFoundProblem("No hold with id " + holdId);
        }
        return hold;
    }

    public HoldView view(String holdId) {
        Hold hold = require(holdId);
        Number held =
                (Number)
                        entityManager
                                .createQuery("select count(h) from HoldUnit h where h.holdId = ?1")
                                .setParameter(1, holdId)
                                .getSingleResult();
        return HoldView.of(hold, held.longValue());
    }

    /** Puts a unit just made from roll metres under the active holds on those metres. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int holdIfMadeFromHeldMetres(String unitId) {
        return affected.holdIfMadeFromHeldMetres(unitId);
    }

    List<Unit> heldUnits(String holdId) {
        return units.find("id in (select h.unitId from HoldUnit h where h.holdId = ?1)", holdId)
                .list();
    }

    private String nextId() {
        Number next =
                (Number)
                        entityManager
                                .createNativeQuery("select nextval('hold_seq')")
                                .getSingleResult();
        return "H-%06d".formatted(next.longValue());
    }
}
