package io.gigafab.stack;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The approved LFP-280P library recipes for the machines of line L1 (the simulated line), their
 * activation through the MES API as an engineer and their download to the machines.
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

    /**
     * Activates version 1 of each machine's recipe and downloads it to the machine (the gateway
     * writes its setpoints and its id and version, so the machine's measurements carry the recipe
     * they were made under); fails with the MES's answer if refused.
     */
    public static void activateOnLine1(MesClient engineer) {
        LINE_1.forEach(
                (machine, recipe) -> {
                    activate(engineer, machine, recipe);
                    MesClient.Answer download =
                            engineer.post("/api/equipment/" + machine + "/recipe-downloads", null);
                    // 409: the recipe has no parameter this machine takes as a setpoint (the
                    // aging store, the grader, formation): nothing to download.
                    if (!download.ok() && download.status() != 409) {
                        ok("Downloading the recipe to " + machine, download);
                    }
                });
    }

    /** Activates version 1 of the machine's library recipe in the MES. */
    public static void activate(MesClient engineer, String machine, String recipe) {
        ok(
                "Activating " + recipe + " on " + machine,
                engineer.put(
                        "/api/equipment/" + machine + "/recipe",
                        Map.of("recipeId", recipe, "version", 1)));
    }

    /** Requests the download of the machine's recipe in force; the download's id. */
    public static String download(MesClient engineer, String machine) {
        return ok(
                        "Downloading the recipe to " + machine,
                        engineer.post("/api/equipment/" + machine + "/recipe-downloads", null))
                .json()
                .path("id")
                .asText();
    }

    /** The status of a download (REQUESTED until the machine answered, then e.g. ACCEPTED). */
    public static String downloadStatus(MesClient engineer, String machine, String downloadId) {
        for (JsonNode download :
                engineer.get("/api/equipment/" + machine + "/recipe-downloads").json()) {
            if (download.path("id").asText().equals(downloadId)) {
                return download.path("status").asText();
            }
        }
        return "UNKNOWN";
    }

    private static MesClient.Answer ok(String what, MesClient.Answer answer) {
        if (!answer.ok()) {
            throw new IllegalStateException(what + ": " + answer.status() + " " + answer.body());
        }
        return answer;
    }
}
