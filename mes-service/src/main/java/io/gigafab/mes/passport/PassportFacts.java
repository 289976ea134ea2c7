package io.gigafab.mes.passport;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** What the MES knows about one battery, as the passport roll-ups need it. */
public record PassportFacts(
        Battery battery, List<CellResult> cells, List<RollShare> rollShares, List<LotUse> lots) {

    /** The battery (pack or module) with its product and place of manufacture. */
    public record Battery(
            String id,
            String kind,
            String productId,
            Instant madeAt,
            String siteName,
            String siteCountry,
            String siteAddress,
            String chemistry,
            String format,
            BigDecimal cellNominalCapacityAh,
            BigDecimal cellNominalVoltageV,
            BigDecimal cellMassKg,
            String category,
            Integer expectedCycleLife) {}

    /** A cell's measured performance. */
    public record CellResult(
            String cellId, BigDecimal capacityAh, BigDecimal dcirMOhm, String grade) {}

    /**
     * Metres of a mother roll in a cell: the cell's share of the roll is lengthM / (rollLengthM ×
     * lanes).
     */
    public record RollShare(
            String cellId, String rollId, double lengthM, double rollLengthM, int lanes) {

        double share() {
            return lengthM / (rollLengthM * lanes);
        }
    }

    /** A material lot a mother roll consumed. */
    public record LotUse(
            String rollId,
            String lotId,
            double quantityKg,
            String materialId,
            String materialName,
            String materialKind,
            boolean critical,
            String supplier,
            String countryOfOrigin,
            Double footprintKgCo2ePerKg,
            Double recycledContentPct,
            String complianceStatus) {}
}
