package io.gigafab.mes.tracking;

import io.gigafab.events.unit.Graded;
import io.gigafab.mes.outbox.Outbox;
import io.gigafab.mes.unit.Cell;
import io.gigafab.mes.unit.Unit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Keeps a cell's formation, aging and grading results from its track-outs, and grades it with the
 * product's active grade table (first bin whose every criterion holds wins; none → REJECT).
 */
@ApplicationScoped
class CellResults {

    static final String CAPACITY = "capacity_ah";
    static final String DCIR = "dcir_mohm";
    static final String K_VALUE = "k_value_mv_per_day";
    static final String OCV = "ocv_v";

    private final EntityManager entityManager;
    private final GradeTables gradeTables;
    private final Outbox outbox;

    CellResults(EntityManager entityManager, GradeTables gradeTables, Outbox outbox) {
        this.entityManager = entityManager;
        this.gradeTables = gradeTables;
        this.outbox = outbox;
    }

    /** Records the results in the key values; grades the cell at GRADING. Returns the grade. */
    String record(Unit unit, OperationRun run) {
        boolean grading = "GRADING".equals(run.operation);
        if (unit.kind != io.gigafab.events.unit.UnitKind.CELL
                || (run.keyValues.isEmpty() && !grading)) {
            return null;
        }
        Cell cell = entityManager.find(Cell.class, unit.id);
        if (cell == null) {
            return null;
        }
        Map<String, Double> values = run.keyValues;
        cell.capacityAh = decimal(values.get(CAPACITY), cell.capacityAh);
        cell.dcirMOhm = decimal(values.get(DCIR), cell.dcirMOhm);
        cell.kValueMvPerDay = decimal(values.get(K_VALUE), cell.kValueMvPerDay);
        cell.ocvV = decimal(values.get(OCV), cell.ocvV);
        if (grading && run.result != null) {
            grade(unit, cell, run);
        }
        return cell.grade;
    }

    private void grade(Unit unit, Cell cell, OperationRun run) {
        if (cell.capacityAh == null || cell.dcirMOhm == null || cell.ocvV == null) {
            throw new IllegalArgumentException(
                    "Grading needs keyValues "
                            + List.of(CAPACITY, DCIR, OCV)
                            + " (from this or an earlier track-out of "
                            + unit.id
                            + ")");
        }
        GradeTables.GradeTable table = gradeTables.active(unit.productId);
        cell.grade = table.grade(cell.capacityAh, cell.dcirMOhm, cell.kValueMvPerDay);
        cell.gradeTableVersion = table.version();
        cell.gradedAt = Instant.now();
        outbox.append(
                new Graded(
                        UUID.randomUUID(),
                        cell.gradedAt,
                        unit.ref(),
                        null,
                        run.operator,
                        unit.orderId,
                        cell.grade,
                        table.version(),
                        cell.capacityAh.doubleValue(),
                        cell.dcirMOhm.doubleValue(),
                        cell.kValueMvPerDay == null ? null : cell.kValueMvPerDay.doubleValue(),
                        cell.ocvV.doubleValue()));
    }

    private static BigDecimal decimal(Double value, BigDecimal otherwise) {
        return value == null ? otherwise : BigDecimal.valueOf(value);
    }
}
