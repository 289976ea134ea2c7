package io.gigafab.recipes.yaml;

import io.gigafab.recipes.Violation;

/** A recipe file that cannot be read into the recipe model, with the violation describing why. */
public class RecipeFileException extends Exception {

    private final transient Violation violation;

    public RecipeFileException(Violation violation) {
        super(violation.toString());
        this.violation = violation;
    }

    public Violation violation() {
        return violation;
    }
}
