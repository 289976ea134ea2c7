package io.gigafab.recipes;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A step setting: either a literal value with its unit ({@code {value: 3.65, unit: V}}) or a
 * reference to a parameter of the recipe formula ({@code {parameter: web_speed}}), which then
 * supplies target and unit.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Quantity(Double value, String unit, String parameter) {

    public static Quantity of(double value, String unit) {
        return new Quantity(value, unit, null);
    }

    public static Quantity ofParameter(String parameter) {
        return new Quantity(null, null, parameter);
    }

    @JsonIgnore
    public boolean isReference() {
        return parameter != null;
    }

    @Override
    public String toString() {
        return isReference() ? "@" + parameter : value + " " + unit;
    }
}
