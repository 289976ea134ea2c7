package io.gigafab.events.unit;

import io.gigafab.events.Require;

/**
 * A tracked unit of production: a lot, roll, cell, module or pack, e.g. ROLL "R-240117-C03".
 *
 * @param kind what the unit is
 * @param id its id, unique among units of that kind
 */
public record UnitRef(UnitKind kind, String id) {

    public UnitRef {
        Require.nonNull(kind, "UnitRef.kind");
        Require.text(id, "UnitRef.id");
    }

    public static UnitRef lot(String id) {
        return new UnitRef(UnitKind.LOT, id);
    }

    public static UnitRef roll(String id) {
        return new UnitRef(UnitKind.ROLL, id);
    }

    public static UnitRef cell(String id) {
        return new UnitRef(UnitKind.CELL, id);
    }
}
