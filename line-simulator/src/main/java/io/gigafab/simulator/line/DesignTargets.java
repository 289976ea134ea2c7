package io.gigafab.simulator.line;

import io.gigafab.recipes.CellDesign;
import io.gigafab.recipes.GradeBin;
import io.gigafab.recipes.Range;
import io.gigafab.recipes.Recipe;
import io.gigafab.recipes.RecipeLibrary;
import java.util.List;

/**
 * The targets and limits of one cell design, taken from its APPROVED recipes in the recipe library
 * ({@code <design>-COATING-CATHODE}, {@code <design>-STACKING}, …). The chemistry decides the
 * voltage window through the formation recipe; the grading recipe's bins decide the grades.
 */
public record DesignTargets(
        CellDesign design,
        Range voltageWindowV,
        Electrodes cathode,
        Electrodes anode,
        RecipeValues slitting,
        RecipeValues stacking,
        RecipeValues filling,
        RecipeValues formation,
        RecipeValues aging,
        RecipeValues grading,
        List<GradeBin> grades) {

    /** Coating, calendering and slitting recipes of one electrode. */
    public record Electrodes(
            RecipeValues coating, RecipeValues calendering, RecipeValues slitting) {}

    public static DesignTargets from(RecipeLibrary library, String designId) {
        RecipeValues grading = approved(library, designId, "GRADING");
        CellDesign design = grading.recipe().header().product();
        return new DesignTargets(
                design,
                design.chemistry().voltageWindowV(),
                electrodes(library, designId, "CATHODE"),
                electrodes(library, designId, "ANODE"),
                approved(library, designId, "SLITTING-CATHODE"),
                approved(library, designId, "STACKING"),
                approved(library, designId, "FILLING"),
                approved(library, designId, "FORMATION"),
                approved(library, designId, "AGING"),
                grading,
                grading.recipe().grades());
    }

    public double nominalCapacityAh() {
        return design.nominalCapacityAh();
    }

    public Electrodes electrode(Electrode side) {
        return side == Electrode.CATHODE ? cathode : anode;
    }

    private static Electrodes electrodes(RecipeLibrary library, String designId, String side) {
        return new Electrodes(
                approved(library, designId, "COATING-" + side),
                approved(library, designId, "CALENDERING-" + side),
                approved(library, designId, "SLITTING-" + side));
    }

    private static RecipeValues approved(RecipeLibrary library, String designId, String step) {
        String id = designId + "-" + step;
        Recipe recipe =
                library.approved(id)
                        .orElseThrow(
                                () ->
                                        new IllegalArgumentException(
                                                "no APPROVED recipe " + id + " in the library"));
        return new RecipeValues(recipe);
    }
}
