package io.gigafab.mes.tracking;

import io.gigafab.mes.quality.HoldRepository;
import io.gigafab.mes.unit.Unit;
import io.gigafab.mes.unit.UnitRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Input checks of a track-out, the hold check (a unit held while in process stays at its machine
 * until quality releases or dispositions the hold), and idempotency: a terminal that retries with
 * the same Idempotency-Key gets the first answer back instead of a second track-out.
 */
@ApplicationScoped
class TrackOutChecks {

    private final EntityManager entityManager;
    private final UnitRepository units;
    private final Routes routes;
    private final HoldRepository holds;

    TrackOutChecks(
            EntityManager entityManager,
            UnitRepository units,
            Routes routes,
            HoldRepository holds) {
        this.entityManager = entityManager;
        this.units = units;
        this.routes = routes;
        this.holds = holds;
    }

    /**
     * @throws IllegalStateException naming the hold when the unit was held after its track-in
     */
    void requireNotHeld(Unit unit) {
        holds.requireNotHeld(unit.id, unit.label());
    }

    void validate(TrackOut request) {
        if (request == null || request.result() == null) {
            throw new IllegalArgumentException("result is required: PASS, FAIL or REWORK");
        }
        List<String> codes = request.defectCodes() == null ? List.of() : request.defectCodes();
        if (request.result() == io.gigafab.events.unit.TrackOutResult.FAIL && codes.isEmpty()) {
            throw new IllegalArgumentException(
                    "A FAIL needs at least one defect code from the catalogue");
        }
        if (!codes.isEmpty()) {
            Set<String> unknown = new HashSet<>(codes);
            @SuppressWarnings("unchecked")
            List<String> known =
                    entityManager
                            .createNativeQuery("select code from defect_code where code in (?1)")
                            .setParameter(1, codes)
                            .getResultList();
            unknown.removeAll(known);
            if (!unknown.isEmpty()) {
                throw new IllegalArgumentException(
                        "Unknown defect codes " + unknown + ": pick codes from the catalogue");
            }
        }
        if (request.keyValues() != null) {
            request.keyValues()
                    .forEach(
                            (name, value) -> {
                                if (value == null || !Double.isFinite(value)) {
                                    throw new IllegalArgumentException(
                                            "keyValues." + name + " must be a finite number");
                                }
                            });
        }
    }

    /** The answer to an earlier track-out with this key, or null when the key is new. */
    OperationView earlierAnswer(String idempotencyKey, String unitId) {
        if (idempotencyKey == null || idempotencyKey.isBlank()) {
            return null;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows =
                entityManager
                        .createNativeQuery(
                                "select unit_id, run_id from track_out_request"
                                        + " where idempotency_key = ?1")
                        .setParameter(1, idempotencyKey)
                        .getResultList();
        if (rows.isEmpty()) {
            return null;
        }
        if (!unitId.equals(rows.get(0)[0])) {
            throw new IllegalArgumentException(
                    "Idempotency-Key " + idempotencyKey + " was used for " + rows.get(0)[0]);
        }
        long runId = ((Number) rows.get(0)[1]).longValue();
        OperationRun run =
                entityManager
                        .createQuery("from OperationRun where id = ?1", OperationRun.class)
                        .setParameter(1, runId)
                        .getSingleResult();
        Unit unit = units.require(unitId);
        String next =
                unit.status == Unit.Status.ACTIVE
                        ? routes.next(unit.routeId, unit.kind, unit.completedSeq)
                                .map(RouteStep::operation)
                                .orElse(null)
                        : null;
        io.gigafab.mes.unit.Cell cell = entityManager.find(io.gigafab.mes.unit.Cell.class, unitId);
        return OperationView.of(run, unit, next, cell == null ? null : cell.grade);
    }

    void remember(String idempotencyKey, String unitId, long runId) {
        if (idempotencyKey == null || idempotencyKey.isBlank()) {
            return;
        }
        entityManager
                .createNativeQuery(
                        "insert into track_out_request (idempotency_key, unit_id, run_id)"
                                + " values (?1, ?2, ?3)")
                .setParameter(1, idempotencyKey)
                .setParameter(2, unitId)
                .setParameter(3, runId)
                .executeUpdate();
    }
}
