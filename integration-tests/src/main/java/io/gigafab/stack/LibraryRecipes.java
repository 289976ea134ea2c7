package io.gigafab.stack;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The approved LFP-280P library recipes for the machines of line L1 (the simulated line), and their
 * activation through the MES API as an engineer.
 */
public final class LibraryRecipes {

    /** Machine of L1 → the library recipe it runs (version 1, APPROVED in the library). */
    public static final Map<String, String> LINE_1;

    static {
        Map<String, String> recipes = new LinkedHashMap<>();
        recipes.put("COAT-C01", "LFP-280P-COATING-CATHODE");
        recipes.put("COAT-A01", "LFP-280P-COATING-ANODE");
        recipes.put("CAL-C01", "LFP-280P-CALENDERING-CATHODE");
        recipes.put("CAL-A01", "LFP-280P-CALENDERING-ANODE");
        recipes.put("SLIT-C01", "LFP-280P-SLITTING-CATHODE");
        recipes.put("SLIT-A01", "LFP-280P-SLITTING-ANODE");
        recipes.put("STACK-01", "LFP-280P-STACKING");
        recipes.put("FILL-01", "LFP-280P-FILLING");
        recipes.put("FORM-01", "LFP-280P-FORMATION");
        recipes.put("AGE-01", "LFP-280P-AGING");
        recipes.put("GRADE-01", "LFP-280P-GRADING");
        LINE_1 = Map.copyOf(recipes);
    }

    private LibraryRecipes() {}

    /** Activates version 1 of each machine's recipe; fails with the MES's answer if refused. */
    public static void activateOnLine1(MesClient engineer) {
        LINE_1.forEach(
                (machine, recipe) -> {
                    MesClient.Answer answer =
                            engineer.put(
                                    "/api/equipment/" + machine + "/recipe",
                                    Map.of("recipeId", recipe, "version", 1));
                    if (!answer.ok()) {
                        throw new IllegalStateException(
                                "Activating "
                                        + recipe
                                        + " on "
                                        + machine
                                        + ": "
                                        + answer.status()
                                        + " "
                                        + answer.body());
                    }
                });
    }
}
