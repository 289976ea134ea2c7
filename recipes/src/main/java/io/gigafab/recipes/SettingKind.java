package io.gigafab.recipes;

import java.util.Set;

/** Physical kind of a step setting and the units a recipe may write it in. */
public enum SettingKind {
    /** A cell voltage: checked against the chemistry's voltage window. */
    CELL_VOLTAGE("V"),
    /** Insulation test voltage: not a cell voltage. */
    TEST_VOLTAGE("V"),
    /** Amperes or a C-rate ({@code C}, relative to the nominal capacity). */
    CURRENT("A", "C"),
    DURATION("s", "min", "h", "d"),
    TEMPERATURE("degC"),
    COUNT("count"),
    LENGTH("um", "mm", "m"),
    FORCE("N", "kN"),
    PRESSURE("kPa", "MPa"),
    WEB_SPEED("m/min"),
    AIRFLOW("m/s"),
    MASS("g");

    private final Set<String> units;

    SettingKind(String... units) {
        this.units = Set.of(units);
    }

    public Set<String> units() {
        return units;
    }

    /** Durations, currents and counts must be greater than zero for a step to run. */
    public boolean mustBePositive() {
        return this == DURATION || this == CURRENT || this == COUNT;
    }
}
