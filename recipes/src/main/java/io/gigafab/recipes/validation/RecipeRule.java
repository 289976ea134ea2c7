package io.gigafab.recipes.validation;

import io.gigafab.recipes.Recipe;

/** One family of checks on a parsed recipe. Rules must tolerate missing (null) fields. */
interface RecipeRule {

    void check(Recipe recipe, Findings findings);
}
