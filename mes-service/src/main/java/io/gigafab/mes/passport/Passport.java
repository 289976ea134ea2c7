package io.gigafab.mes.passport;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A battery passport record with attribute names after the Battery Pass data model
 * (batterypass.eu): general product information, performance and durability, carbon footprint,
 * recycled content, material composition, hazardous substances and supply-chain due diligence.
 */
public record Passport(
        String passportId,
        String passportUrl,
        int version,
        Instant issuedAt,
        GeneralProductInformation generalProductInformation,
        PerformanceAndDurability performanceAndDurability,
        CarbonFootprint carbonFootprint,
        List<RecycledContent> recycledContent,
        List<String> criticalRawMaterials,
        List<MaterialComposition> materialComposition,
        List<HazardousSubstance> hazardousSubstances,
        DueDiligenceSummary supplyChainDueDiligence,
        List<SupplyChainLot> supplyChainLots,
        List<CellPerformance> cellPerformance) {

    public record GeneralProductInformation(
            String batteryIdentifier,
            String batteryModel,
            String manufacturerName,
            String manufacturerIdentification,
            String manufacturingPlace,
            String manufacturingCountry,
            LocalDate manufacturingDate,
            String batteryCategory,
            double batteryMassKg,
            String batteryChemistry,
            int numberOfCells) {}

    public record PerformanceAndDurability(
            double ratedCapacityAh,
            double nominalVoltageV,
            double minimumVoltageV,
            double maximumVoltageV,
            Integer expectedLifetimeCycles,
            double initialCapacityAh,
            double initialInternalResistanceMOhm) {}

    public record CarbonFootprint(
            double batteryCarbonFootprintKgCo2e,
            double carbonFootprintPerKwhKgCo2e,
            double rawMaterialsKgCo2e,
            double mainProductionKgCo2e) {}

    public record RecycledContent(String material, double recycledSharePct, double massKg) {}

    public record MaterialComposition(
            String materialId,
            String materialName,
            String materialKind,
            boolean criticalRawMaterial,
            double massKg,
            List<String> countriesOfOrigin) {}

    public record HazardousSubstance(String name, String hazard) {}

    public record DueDiligenceSummary(
            int materialLots, int suppliers, int countries, int lotsUnderReview, int feocLots) {}

    public record SupplyChainLot(
            String lotId,
            String materialId,
            String supplier,
            String countryOfOrigin,
            String complianceStatus) {}

    public record CellPerformance(
            String cellId, double capacityAh, double internalResistanceMOhm, String grade) {}
}
