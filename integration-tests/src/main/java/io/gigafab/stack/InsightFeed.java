package io.gigafab.stack;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintStream;
import java.util.HashSet;
import java.util.Set;

/**
 * The demo's view of the MES's yield workbench for one mother roll: prints each insight about the
 * roll once it arrives, with what the MES did about it (holds placed, a DRAFT recipe version, or
 * why it left the insight for people), and the holds of a containment.
 */
public final class InsightFeed {

    /** The insight kinds the feed follows: what the job found about a roll and what to do. */
    public static final String FINDINGS =
            "kind=CONTAINMENT_SUGGESTION&kind=RECIPE_SUGGESTION&kind=PARAMETER_OUTCOME_CORRELATION";

    private final MesClient mes;
    private final PrintStream out;
    private final Set<String> printed = new HashSet<>();

    InsightFeed(MesClient mes, PrintStream out) {
        this.mes = mes;
        this.out = out;
    }

    /**
     * Prints the insights about {@code rollId} not printed yet; true once the containment
     * suggestion for the roll is there (the job sends its recipe suggestion with it).
     */
    boolean follow(String rollId) {
        boolean contained = false;
        for (JsonNode insight : mes.get("/api/insights?line=L1&limit=500&" + FINDINGS).json()) {
            if (!about(insight, rollId)) {
                continue;
            }
            String kind = insight.path("kind").asText();
            contained |= kind.equals("CONTAINMENT_SUGGESTION");
            if (printed.add(insight.path("id").asText() + insight.path("status").asText())) {
                print(insight);
            }
        }
        return contained;
    }

    private void print(JsonNode insight) {
        out.printf(
                "  insight %s (%s, confidence %.3f): %s%n",
                insight.path("kind").asText(),
                insight.path("status").asText(),
                insight.path("confidence").asDouble(),
                insight.path("title").asText());
        if (!insight.path("actionNote").isNull()) {
            out.println("    the MES: " + insight.path("actionNote").asText());
        }
        if (!insight.path("draftRecipeId").isNull()) {
            out.printf(
                    "    recipe %s v%d is a DRAFT for engineers to review%n",
                    insight.path("draftRecipeId").asText(),
                    insight.path("draftRecipeVersion").asInt());
        }
        if (insight.path("kind").asText().equals("CONTAINMENT_SUGGESTION")) {
            printHolds(insight.path("id").asText());
        }
    }

    private void printHolds(String insightId) {
        for (JsonNode hold : mes.get("/api/holds").json()) {
            if (hold.path("insightId").asText().equals(insightId)
                    && hold.path("scope").asText().equals("ROLL_INTERVAL")) {
                out.printf(
                        "    hold %s: %s — %d units held%n",
                        hold.path("id").asText(),
                        hold.path("description").asText(),
                        hold.path("heldUnits").asLong());
            }
        }
    }

    /**
     * Whether an insight (as the MES lists it) is about a mother roll: its segment is on the roll,
     * or its title or suggested action names it (a recipe suggestion has no segment; its action
     * points at the roll's containment finding).
     */
    public static boolean about(JsonNode insight, String rollId) {
        JsonNode body = insight.path("insight");
        return rollId.equals(body.path("scope").path("rollSegment").path("rollId").asText())
                || insight.path("title").asText().contains(rollId)
                || body.path("suggestedAction").path("description").asText().contains(rollId);
    }
}
