package io.gigafab.mes.recipe;

import io.gigafab.recipes.Recipe;
import io.gigafab.recipes.RecipeHeader;

/** One line of the recipe list: which recipe, which version, in which state, for what. */
public record RecipeSummary(
        String id,
        int version,
        String name,
        String status,
        String equipmentClass,
        String designId,
        String chemistry) {

    public static RecipeSummary of(Recipe recipe) {
        RecipeHeader header = recipe.header();
        return new RecipeSummary(
                header.id(),
                header.version(),
                header.name(),
                header.status().name(),
                header.equipmentClass().name(),
                header.product().designId(),
                header.product().chemistry().name());
    }
}
