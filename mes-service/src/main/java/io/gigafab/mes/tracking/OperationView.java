package io.gigafab.mes.tracking;

import io.gigafab.events.unit.TrackOutResult;
import io.gigafab.events.unit.UnitKind;
import io.gigafab.mes.unit.Unit;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** An operation run and where it left its unit. */
public record OperationView(
        long runId,
        String unitId,
        UnitKind unitKind,
        String operation,
        String equipmentId,
        String lineId,
        String recipeId,
        Integer recipeVersion,
        String operator,
        Instant trackedInAt,
        Instant trackedOutAt,
        TrackOutResult result,
        List<String> defectCodes,
        Map<String, Double> keyValues,
        String shift,
        Unit.Status unitStatus,
        String nextOperation,
        String grade) {

    static OperationView of(OperationRun run, Unit unit, String nextOperation, String grade) {
        return new OperationView(
                run.id,
                unit.id,
                unit.kind,
                run.operation,
                run.equipmentId,
                run.lineId,
                run.recipeId,
                run.recipeVersion,
                run.operator,
                run.trackedInAt,
                run.trackedOutAt,
                run.result,
                run.defectCodes,
                run.keyValues,
                run.shift,
                unit.status,
                nextOperation,
                grade);
    }
}
