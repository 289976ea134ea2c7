package io.gigafab.mes.genealogy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * The genealogy of a unit as a graph: its units (nodes), assembly and consumption links and
 * roll-metre intervals (edges), the material lots with their origin, and every operation run.
 */
public record GenealogyView(
        String rootId,
        Direction direction,
        List<Node> units,
        List<Link> links,
        List<Interval> intervals,
        List<Lot> materialLots,
        List<Operation> operations) {

    public enum Direction {
        BACKWARD,
        FORWARD
    }

    public record Node(
            String id, String kind, String status, String productId, String lineId, String grade) {}

    public record Link(String inputId, String outputId, String relation, BigDecimal quantity) {}

    public record Interval(
            String unitId, String rollId, BigDecimal startM, BigDecimal endM, String viaRollId) {}

    public record Lot(
            String lotId,
            String materialId,
            String supplier,
            String supplierLot,
            String countryOfOrigin,
            String complianceStatus,
            BigDecimal carbonFootprintKgPerKg,
            BigDecimal recycledContentPct) {}

    public record Operation(
            long runId,
            String unitId,
            String operation,
            String equipmentId,
            String recipeId,
            Integer recipeVersion,
            String operator,
            Instant trackedInAt,
            Instant trackedOutAt,
            String result,
            List<String> defectCodes) {}
}
