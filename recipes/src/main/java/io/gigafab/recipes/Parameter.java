package io.gigafab.recipes;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A process parameter of the recipe formula: the target the equipment runs at, the spec limits that
 * decide conformance and optional (tighter) control limits for SPC.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Parameter(
        String name,
        String unit,
        Double target,
        Limits specLimits,
        Limits controlLimits,
        Electrode electrode) {

    /** Short rendering for people, e.g. {@code 21.0 mg/cm2 spec [20.6, 21.4]}. */
    public String describe() {
        String text = target + " " + unit;
        text = specLimits == null ? text : text + " spec " + specLimits;
        return controlLimits == null ? text : text + " control " + controlLimits;
    }
}
