package io.gigafab.mes.recipe;

import io.gigafab.recipes.Limits;

/**
 * A change of one parameter in a new draft; absent fields stay as in the base version.
 *
 * @param name the parameter, as named in the recipe
 * @param target the new target
 * @param specLimits the new spec limits
 * @param controlLimits the new control limits
 */
public record ParameterChange(
        String name, Double target, Limits specLimits, Limits controlLimits) {}
