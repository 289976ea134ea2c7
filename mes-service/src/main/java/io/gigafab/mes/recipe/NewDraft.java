package io.gigafab.mes.recipe;

import java.util.List;

/**
 * A request for a new DRAFT version of a recipe.
 *
 * @param basedOn the version to start from (the newest version when absent)
 * @param description why the recipe changes (optional; the base's description otherwise)
 * @param changes the parameter changes, at least one
 */
public record NewDraft(Integer basedOn, String description, List<ParameterChange> changes) {}
