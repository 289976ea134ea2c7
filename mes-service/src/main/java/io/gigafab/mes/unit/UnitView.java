package io.gigafab.mes.unit;

import io.gigafab.events.unit.UnitKind;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** A unit as the API shows it, with what an operator must know before touching it. */
public record UnitView(
        String id,
        UnitKind kind,
        Unit.Status status,
        String productId,
        String orderId,
        String lineId,
        String nextOperation,
        Long currentRun,
        String currentEquipment,
        Instant createdAt,
        List<String> activeHolds,
        RollFacts roll,
        CellFacts cell) {

    /** Roll facts (rolls only). */
    public record RollFacts(
            Roll.Polarity polarity,
            BigDecimal lengthM,
            String parentRollId,
            BigDecimal parentStartM,
            BigDecimal parentEndM,
            Integer lane) {}

    /** Cell facts (cells only). */
    public record CellFacts(
            String trayId,
            Integer channel,
            BigDecimal capacityAh,
            BigDecimal dcirMOhm,
            BigDecimal kValueMvPerDay,
            BigDecimal ocvV,
            String grade,
            Integer gradeTableVersion) {}
}
