package io.gigafab.mes.quality;

import io.gigafab.events.unit.UnitKind;
import io.gigafab.mes.api.NotFoundProblem;
import io.gigafab.mes.unit.Roll;
import io.gigafab.mes.unit.Unit;
import io.gigafab.mes.unit.UnitRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;

/** Checks that a hold request names something that exists, in words a quality engineer reads. */
@ApplicationScoped
class HoldTargets {

    private final UnitRepository units;
    private final EntityManager entityManager;

    HoldTargets(UnitRepository units, EntityManager entityManager) {
        this.units = units;
        this.entityManager = entityManager;
    }

    void check(PlaceHold request) {
        if (request == null || request.scope() == null) {
            throw new IllegalArgumentException(
                    "scope is required: one of " + java.util.Arrays.toString(HoldScope.values()));
        }
        if (request.targetId() == null || request.targetId().isBlank()) {
            throw new IllegalArgumentException("targetId is required");
        }
        if (request.reason() == null || request.reason().isBlank()) {
            throw new IllegalArgumentException("reason is required: say why the material is held");
        }
        if (request.ncrId() != null
                && entityManager.find(Nonconformance.class, request.ncrId()) == null) {
            throw new NotFoundProblem("No non-conformance with id " + request.ncrId());
        }
        switch (request.scope()) {
            case EQUIPMENT -> requireRow("equipment", request.targetId(), "No equipment with id ");
            case RECIPE_VERSION -> checkRecipeVersion(request);
            case ROLL_INTERVAL -> checkInterval(request);
            default -> requireUnit(request.targetId(), UnitKind.valueOf(request.scope().name()));
        }
        if (request.scope() != HoldScope.ROLL_INTERVAL
                && (request.startM() != null || request.endM() != null)) {
            throw new IllegalArgumentException(
                    "startM and endM belong to ROLL_INTERVAL holds only");
        }
    }

    private void checkInterval(PlaceHold request) {
        requireUnit(request.targetId(), UnitKind.ROLL);
        BigDecimal start = request.startM();
        BigDecimal end = request.endM();
        if (start == null || end == null) {
            throw new IllegalArgumentException("A ROLL_INTERVAL hold needs startM and endM");
        }
        Roll roll = entityManager.find(Roll.class, request.targetId());
        if (start.signum() < 0 || end.compareTo(start) <= 0 || start.compareTo(roll.lengthM) >= 0) {
            throw new IllegalArgumentException(
                    "Metres "
                            + start.toPlainString()
                            + "–"
                            + end.toPlainString()
                            + " are not an interval of roll "
                            + roll.unitId
                            + " (0–"
                            + roll.lengthM.stripTrailingZeros().toPlainString()
                            + " m)");
        }
    }

    private void checkRecipeVersion(PlaceHold request) {
        if (request.recipeVersion() == null) {
            throw new IllegalArgumentException("A RECIPE_VERSION hold needs recipeVersion");
        }
        Number found =
                (Number)
                        entityManager
                                .createNativeQuery(
                                        "select count(*) from recipe_version where recipe_id = ?1"
                                                + " and version = ?2")
                                .setParameter(1, request.targetId())
                                .setParameter(2, request.recipeVersion())
                                .getSingleResult();
        if (found.intValue() == 0) {
            throw new NotFoundProblem(
                    "No recipe " + request.targetId() + " v" + request.recipeVersion());
        }
    }

    private void requireUnit(String id, UnitKind kind) {
        Unit unit = units.require(id);
        if (unit.kind != kind) {
            throw new IllegalArgumentException(
                    id + " is a " + unit.kind + ", not a " + kind + ": choose the matching scope");
        }
    }

    private void requireRow(String table, String id, String message) {
        Number found =
                (Number)
                        entityManager
                                .createNativeQuery(
                                        "select count(*) from " + table + " where id = ?1")
                                .setParameter(1, id)
                                .getSingleResult();
        if (found.intValue() == 0) {
            throw new NotFoundProblem(message + id);
        }
    }
}
