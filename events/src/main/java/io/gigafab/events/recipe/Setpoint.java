package io.gigafab.events.recipe;

import io.gigafab.events.Require;

/**
 * One recipe value to write to the equipment, e.g. "webSpeed" 45.0 m/min or "dryerZone3Temp" 120.0
 * °C.
 *
 * @param parameter the recipe parameter, as named in the recipe library
 * @param value the value to write
 * @param unit its engineering unit (optional for unitless values)
 */
public record Setpoint(String parameter, double value, String unit) {

    public Setpoint {
        Require.text(parameter, "Setpoint.parameter");
        Require.finite(value, "Setpoint.value");
        Require.optionalText(unit, "Setpoint.unit");
    }
}
