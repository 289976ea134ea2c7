package io.gigafab.events.unit;

import io.gigafab.events.Require;

/**
 * An amount taken from a material lot, e.g. 182.4 g of electrolyte from lot ELY-2411-07.
 *
 * @param lotId the material lot
 * @param quantity the amount consumed, &gt; 0
 * @param unit the unit of the amount, e.g. "g", "kg", "pcs"
 */
public record MaterialLotQuantity(String lotId, double quantity, String unit) {

    public MaterialLotQuantity {
        Require.text(lotId, "MaterialLotQuantity.lotId");
        Require.positive(quantity, "MaterialLotQuantity.quantity");
        Require.text(unit, "MaterialLotQuantity.unit");
    }
}
