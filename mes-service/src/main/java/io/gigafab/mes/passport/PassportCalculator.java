package io.gigafab.mes.passport;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Rolls a battery's facts up into its passport. Cells are taken as connected in series (rated
 * capacity = the smallest cell's, voltages and resistances add up). A cell's share of a mother roll
 * is its metres / (roll length × lanes); the roll's material lots count for the cell in that share
 * — for mass, carbon footprint and recycled content alike.
 */
final class PassportCalculator {

    private final PassportConfig config;

    PassportCalculator(PassportConfig config) {
        this.config = config;
    }

    Passport passport(PassportFacts facts, int version, Instant issuedAt) {
        PassportFacts.Battery b = facts.battery();
        Chemistry chemistry = Chemistry.of(b.chemistry());
        List<Attributed> attributed = attribute(facts);
        int cells = facts.cells().size();
        double materialsCo2 =
                attributed.stream()
                        .mapToDouble(a -> a.massKg * orZero(a.lot.footprintKgCo2ePerKg()))
                        .sum();
        double productionCo2 = cells * config.energyPerCellKwh() * config.gridKgCo2ePerKwh();
        double nominalV = cells * b.cellNominalVoltageV().doubleValue();
        double ratedAh =
                facts.cells().stream()
                        .map(PassportFacts.CellResult::capacityAh)
                        .filter(Objects::nonNull)
                        .mapToDouble(BigDecimal::doubleValue)
                        .min()
                        .orElse(0);
        double energyKwh = ratedAh * nominalV / 1000;
        double total = materialsCo2 + productionCo2;
        return new Passport(
                b.id(),
                config.baseUrl() + "/" + b.id(),
                version,
                issuedAt,
                new Passport.GeneralProductInformation(
                        b.id(),
                        b.productId(),
                        config.manufacturerName(),
                        config.manufacturerIdentifier(),
                        b.siteName() + ", " + b.siteAddress(),
                        b.siteCountry(),
                        b.madeAt().atZone(ZoneOffset.UTC).toLocalDate(),
                        b.category(),
                        round(cells * value(b.cellMassKg())),
                        b.chemistry(),
                        cells),
                new Passport.PerformanceAndDurability(
                        round(ratedAh),
                        round(nominalV),
                        round(cells * chemistry.minCellVoltage),
                        round(cells * chemistry.maxCellVoltage),
                        b.expectedCycleLife(),
                        round(ratedAh),
                        round(
                                facts.cells().stream()
                                        .map(PassportFacts.CellResult::dcirMOhm)
                                        .filter(Objects::nonNull)
                                        .mapToDouble(BigDecimal::doubleValue)
                                        .sum())),
                new Passport.CarbonFootprint(
                        round(total),
                        energyKwh == 0 ? 0 : round(total / energyKwh),
                        round(materialsCo2),
                        round(productionCo2)),
                recycledContent(attributed),
                criticalRawMaterials(attributed),
                composition(attributed),
                chemistry.hazardousSubstances,
                dueDiligence(facts.lots()),
                lots(facts.lots()),
                facts.cells().stream()
                        .map(
                                c ->
                                        new Passport.CellPerformance(
                                                c.cellId(),
                                                value(c.capacityAh()),
                                                value(c.dcirMOhm()),
                                                c.grade()))
                        .toList());
    }

    /** A lot's mass attributed to this battery. */
    private record Attributed(PassportFacts.LotUse lot, double massKg) {}

    private static List<Attributed> attribute(PassportFacts facts) {
        Map<String, Double> shareByRoll =
                facts.rollShares().stream()
                        .collect(
                                Collectors.groupingBy(
                                        PassportFacts.RollShare::rollId,
                                        TreeMap::new,
                                        Collectors.summingDouble(PassportFacts.RollShare::share)));
        List<Attributed> attributed = new ArrayList<>();
        for (PassportFacts.LotUse lot : facts.lots()) {
            double share = shareByRoll.getOrDefault(lot.rollId(), 0.0);
            if (share > 0) {
                attributed.add(new Attributed(lot, share * lot.quantityKg()));
            }
        }
        return attributed;
    }

    private static List<Passport.RecycledContent> recycledContent(List<Attributed> attributed) {
        Map<String, List<Attributed>> byMaterial =
                byMaterial(attributed, a -> a.lot.materialName());
        return byMaterial.entrySet().stream()
                .map(
                        e -> {
                            double mass =
                                    e.getValue().stream().mapToDouble(Attributed::massKg).sum();
                            double recycled =
                                    e.getValue().stream()
                                            .mapToDouble(
                                                    a ->
                                                            a.massKg
                                                                    * (a.lot.recycledContentPct()
                                                                                    == null
                                                                            ? 0
                                                                            : a.lot
                                                                                    .recycledContentPct())
                                                                    / 100)
                                            .sum();
                            return new Passport.RecycledContent(
                                    e.getKey(), round(100 * recycled / mass), round(mass));
                        })
                .toList();
    }

    private static List<String> criticalRawMaterials(List<Attributed> attributed) {
        return attributed.stream()
                .filter(a -> a.lot.critical())
                .map(a -> a.lot.materialName())
                .distinct()
                .sorted()
                .toList();
    }

    private static List<Passport.MaterialComposition> composition(List<Attributed> attributed) {
        return byMaterial(attributed, a -> a.lot.materialId()).values().stream()
                .map(
                        list -> {
                            PassportFacts.LotUse first = list.get(0).lot;
                            return new Passport.MaterialComposition(
                                    first.materialId(),
                                    first.materialName(),
                                    first.materialKind(),
                                    first.critical(),
                                    round(list.stream().mapToDouble(Attributed::massKg).sum()),
                                    list.stream()
                                            .map(a -> a.lot.countryOfOrigin())
                                            .distinct()
                                            .sorted()
                                            .toList());
                        })
                .toList();
    }

    private static Map<String, List<Attributed>> byMaterial(
            List<Attributed> attributed, Function<Attributed, String> key) {
        return attributed.stream()
                .collect(Collectors.groupingBy(key, TreeMap::new, Collectors.toList()));
    }

    private static Passport.DueDiligenceSummary dueDiligence(List<PassportFacts.LotUse> lots) {
        List<PassportFacts.LotUse> distinct = distinctLots(lots);
        return new Passport.DueDiligenceSummary(
                distinct.size(),
                (int) distinct.stream().map(PassportFacts.LotUse::supplier).distinct().count(),
                (int)
                        distinct.stream()
                                .map(PassportFacts.LotUse::countryOfOrigin)
                                .distinct()
                                .count(),
                (int)
                        distinct.stream()
                                .filter(l -> "UNDER_REVIEW".equals(l.complianceStatus()))
                                .count(),
                (int) distinct.stream().filter(l -> "FEOC".equals(l.complianceStatus())).count());
    }

    private static List<Passport.SupplyChainLot> lots(List<PassportFacts.LotUse> lots) {
        return distinctLots(lots).stream()
                .map(
                        l ->
                                new Passport.SupplyChainLot(
                                        l.lotId(),
                                        l.materialId(),
                                        l.supplier(),
                                        l.countryOfOrigin(),
                                        l.complianceStatus()))
                .toList();
    }

    private static List<PassportFacts.LotUse> distinctLots(List<PassportFacts.LotUse> lots) {
        Map<String, PassportFacts.LotUse> byId = new TreeMap<>();
        lots.forEach(l -> byId.putIfAbsent(l.lotId(), l));
        return byId.values().stream()
                .sorted(Comparator.comparing(PassportFacts.LotUse::lotId))
                .toList();
    }

    private static double orZero(Double number) {
        return number == null ? 0 : number;
    }

    private static double value(BigDecimal number) {
        return number == null ? 0 : number.doubleValue();
    }

    static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
