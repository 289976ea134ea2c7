package io.gigafab.mes.unit;

import io.gigafab.events.unit.UnitKind;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** The requests that create units. */
public final class Requests {

    private Requests() {}

    /** Receiving a material lot from a supplier. */
    public record ReceiveLot(
            String id,
            String materialId,
            String supplier,
            String supplierLot,
            String countryOfOrigin,
            BigDecimal quantity,
            Map<String, Object> certificate,
            BigDecimal carbonFootprintKgPerKg,
            BigDecimal recycledContentPct,
            MaterialLot.Compliance complianceStatus) {}

    /** A quantity of a material lot consumed. */
    public record LotUse(String lotId, BigDecimal quantity) {}

    /** A mother roll started at coating, from material lots. */
    public record NewRoll(
            String id,
            String orderId,
            Roll.Polarity polarity,
            BigDecimal lengthM,
            List<LotUse> materialLots) {}

    /** One daughter roll cut at slitting: metres [startM, endM] of a lane of the mother roll. */
    public record Daughter(String id, Integer lane, BigDecimal startM, BigDecimal endM) {}

    /** Slitting a mother roll into daughter rolls. */
    public record Slit(List<Daughter> daughters) {}

    /** Metres [startM, endM] of a roll that went into a cell. */
    public record Sheets(String rollId, BigDecimal startM, BigDecimal endM) {}

    /** A cell made at stacking, with the roll metres its electrodes come from. */
    public record NewCell(String id, String orderId, List<Sheets> sheets) {}

    /** A module from cells or a pack from modules. */
    public record NewAssembly(String id, UnitKind kind, List<String> inputs) {}
}
