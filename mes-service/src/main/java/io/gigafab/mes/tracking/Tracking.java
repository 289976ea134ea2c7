package io.gigafab.mes.tracking;

import io.gigafab.events.unit.Scrapped;
import io.gigafab.events.unit.TrackOutResult;
import io.gigafab.events.unit.TrackedIn;
import io.gigafab.events.unit.TrackedOut;
import io.gigafab.mes.api.NotFoundProblem;
import io.gigafab.mes.audit.AuditTrail;
import io.gigafab.mes.outbox.Outbox;
import io.gigafab.mes.plant.EquipmentPlace;
import io.gigafab.mes.plant.PlantModel;
import io.gigafab.mes.security.CurrentUser;
import io.gigafab.mes.unit.Cell;
import io.gigafab.mes.unit.Unit;
import io.gigafab.mes.unit.UnitRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.UUID;

/**
 * Track-in and track-out: the operation execution of the MES. Each call is one transaction that
 * changes the unit, writes the operation run, the unit events (outbox) and the audit record.
 */
@ApplicationScoped
public class Tracking {

    private final UnitRepository units;
    private final PlantModel plant;
    private final TrackInRules rules;
    private final TrackOutChecks checks;
    private final Routes routes;
    private final CellResults cellResults;
    private final ShiftCalendar shifts;
    private final Outbox outbox;
    private final AuditTrail audit;
    private final EntityManager entityManager;

    Tracking(
            UnitRepository units,
            PlantModel plant,
            TrackInRules rules,
            TrackOutChecks checks,
            Routes routes,
            CellResults cellResults,
            ShiftCalendar shifts,
            Outbox outbox,
            AuditTrail audit,
            EntityManager entityManager) {
        this.units = units;
        this.plant = plant;
        this.rules = rules;
        this.checks = checks;
        this.routes = routes;
        this.cellResults = cellResults;
        this.shifts = shifts;
        this.outbox = outbox;
        this.audit = audit;
        this.entityManager = entityManager;
    }

    @Transactional
    public OperationView trackIn(String unitId, TrackIn request, CurrentUser user) {
        if (request == null || request.equipmentId() == null || request.equipmentId().isBlank()) {
            throw new IllegalArgumentException("equipmentId is required");
        }
        Unit unit = units.require(unitId);
        EquipmentPlace place = plant.place(request.equipmentId());
        user.requireLine(place.lineId());
        Unit.UnitState before = unit.state();
        TrackInRules.Admission admission = rules.admit(unit, place);
        OperationRun run = new OperationRun();
        run.unitId = unit.id;
        run.operation = admission.step().operation();
        run.routeSeq = admission.step().seq();
        run.equipmentId = place.equipmentId();
        run.lineId = place.lineId();
        run.recipeId = admission.recipe().recipeId();
        run.recipeVersion = admission.recipe().version();
        run.operator = user.name();
        run.trackedInAt = Instant.now();
        entityManager.persist(run);
        unit.status = Unit.Status.IN_PROCESS;
        unit.currentRun = run.id;
        placeInFormation(unit, request);
        outbox.append(
                new TrackedIn(
                        UUID.randomUUID(),
                        run.trackedInAt,
                        unit.ref(),
                        place.ref(),
                        run.operator,
                        unit.orderId,
                        run.operation,
                        run.recipeId,
                        run.recipeVersion));
        audit.record(run.operator, "TRACK_IN", "unit", unit.id, before, unit.state());
        entityManager.flush();
        return OperationView.of(run, unit, run.operation, null);
    }

    @Transactional
    public OperationView trackOut(
            String unitId, TrackOut request, String idempotencyKey, CurrentUser user) {
        OperationView earlier = checks.earlierAnswer(idempotencyKey, unitId);
        if (earlier != null) {
            return earlier;
        }
        checks.validate(request);
        Unit unit = units.require(unitId);
        if (unit.status != Unit.Status.IN_PROCESS || unit.currentRun == null) {
            throw new IllegalStateException(
                    unit.label() + " is not tracked in anywhere (" + unit.status + ")");
        }
        OperationRun run = currentRun(unit);
        EquipmentPlace place = plant.place(run.equipmentId);
        user.requireLine(place.lineId());
        checks.requireNotHeld(unit);
        Unit.UnitState before = unit.state();
        run.trackedOutAt = Instant.now();
        run.result = request.result();
        run.defectCodes =
                request.defectCodes() == null ? java.util.List.of() : request.defectCodes();
        run.keyValues = request.keyValues() == null ? java.util.Map.of() : request.keyValues();
        run.shift = shifts.shiftOf(run.trackedOutAt);
        run.operator = user.name();
        advance(unit, run);
        String grade = cellResults.record(unit, run);
        publishTrackOut(unit, run, place);
        checks.remember(idempotencyKey, unit.id, run.id);
        audit.record(run.operator, "TRACK_OUT", "unit", unit.id, before, unit.state());
        entityManager.flush();
        String next =
                routes.next(unit.routeId, unit.kind, unit.completedSeq)
                        .map(RouteStep::operation)
                        .orElse(null);
        return OperationView.of(run, unit, unit.status == Unit.Status.ACTIVE ? next : null, grade);
    }

    /** PASS completes the step, REWORK repeats it, FAIL scraps the unit. */
    private void advance(Unit unit, OperationRun run) {
        unit.currentRun = null;
        switch (run.result) {
            case PASS -> {
                unit.completedSeq = run.routeSeq;
                boolean last = routes.next(unit.routeId, unit.kind, run.routeSeq).isEmpty();
                unit.status = last ? Unit.Status.COMPLETED : Unit.Status.ACTIVE;
            }
            case REWORK -> unit.status = Unit.Status.ACTIVE;
            case FAIL -> unit.status = Unit.Status.SCRAPPED;
        }
    }

    private void publishTrackOut(Unit unit, OperationRun run, EquipmentPlace place) {
        outbox.append(
                new TrackedOut(
                        UUID.randomUUID(),
                        run.trackedOutAt,
                        unit.ref(),
                        place.ref(),
                        run.operator,
                        unit.orderId,
                        run.operation,
                        run.result,
                        run.defectCodes,
                        run.keyValues));
        if (run.result == TrackOutResult.FAIL) {
            outbox.append(
                    new Scrapped(
                            UUID.randomUUID(),
                            run.trackedOutAt,
                            unit.ref(),
                            place.ref(),
                            run.operator,
                            unit.orderId,
                            "Failed " + run.operation + " at " + run.equipmentId,
                            run.defectCodes));
        }
    }

    private OperationRun currentRun(Unit unit) {
        OperationRun run = entityManager.find(OperationRun.class, unit.currentRun);
        if (run == null) {
            throw new NotFoundProblem("No operation run " + unit.currentRun);
        }
        return run;
    }

    private void placeInFormation(Unit unit, TrackIn request) {
        if (request.trayId() == null && request.channel() == null) {
            return;
        }
        Cell cell = entityManager.find(Cell.class, unit.id);
        if (cell == null) {
            throw new IllegalArgumentException(
                    "trayId and channel are for cells at formation; "
                            + unit.label()
                            + " is not a cell");
        }
        cell.trayId = request.trayId();
        cell.channel = request.channel();
    }
}
