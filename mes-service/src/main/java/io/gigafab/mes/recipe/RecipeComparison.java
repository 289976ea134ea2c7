package io.gigafab.mes.recipe;

import io.gigafab.recipes.diff.Change;
import io.gigafab.recipes.diff.RecipeDiff;
import java.util.List;

/** What changed between two versions of a recipe, structured and as lines for people. */
public record RecipeComparison(
        String id, int fromVersion, int toVersion, List<Change> changes, List<String> lines) {

    public static RecipeComparison of(String id, int from, int to, RecipeDiff diff) {
        return new RecipeComparison(id, from, to, diff.changes(), diff.lines());
    }
}
