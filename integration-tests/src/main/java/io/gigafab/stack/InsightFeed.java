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
final class InsightFeed {

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
        for (JsonNode insight : mes.get("/api/insights?line=L1&limit=500").json()) {
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

    private static boolean about(JsonNode insight, String rollId) {
        JsonNode segment = insight.path("insight").path("scope").path("rollSegment");
        return rollId.equals(segment.path("rollId").asText())
                || insight.path("title").asText().contains(rollId);
    }
}
