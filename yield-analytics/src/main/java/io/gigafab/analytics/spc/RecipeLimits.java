package io.gigafab.analytics.spc;

import io.gigafab.recipes.Limits;
import io.gigafab.recipes.Parameter;
import io.gigafab.recipes.Recipe;
import io.gigafab.recipes.RecipeLibrary;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;

/**
 * Targets and spec limits of the recipe parameters, by recipe id, version and parameter name, taken
 * from the plant's recipe library when the job is built and shipped with the operators.
 */
public final class RecipeLimits implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One parameter: its target and spec limits (either limit may be null). */
    public record ParameterLimits(
            String parameter, String unit, Double target, Double lower, Double upper)
            implements Serializable {}

    private final HashMap<String, ParameterLimits> byKey;

    private RecipeLimits(HashMap<String, ParameterLimits> byKey) {
        this.byKey = byKey;
    }

    public static RecipeLimits none() {
        return new RecipeLimits(new HashMap<>());
    }

    public static RecipeLimits of(RecipeLibrary library) {
        HashMap<String, ParameterLimits> byKey = new HashMap<>();
        for (Recipe recipe : library.recipes()) {
            if (recipe.header() == null || recipe.header().version() == null) {
                continue;
            }
            for (Parameter parameter : recipe.parameters()) {
                Limits spec = parameter.specLimits();
                byKey.put(
                        key(recipe.header().id(), recipe.header().version(), parameter.name()),
                        new ParameterLimits(
                                parameter.name(),
                                parameter.unit(),
                                parameter.target(),
                                spec == null ? null : spec.lower(),
                                spec == null ? null : spec.upper()));
            }
        }
        return new RecipeLimits(byKey);
    }

    /** The limits of the parameter a tag measures under a recipe version, or null. */
    public ParameterLimits forTag(String recipeId, int recipeVersion, String tag) {
        if (recipeId == null) {
            return null;
        }
        return byKey.get(key(recipeId, recipeVersion, TagNames.parameterOf(tag)));
    }

    public Map<String, ParameterLimits> all() {
        return Map.copyOf(byKey);
    }

    private static String key(String recipeId, int version, String parameter) {
        return recipeId + "|" + version + "|" + parameter;
    }
}
