package io.gigafab.events.insight;

import io.gigafab.events.Require;
import io.gigafab.events.RollSegment;
import java.time.Instant;

/**
 * Where and when an insight applies: at least a line, narrowed down as far as the analysis can (a
 * machine, a recipe version, a roll segment, a time window).
 *
 * @param line the production line, e.g. "L1"
 * @param equipmentId the machine (optional)
 * @param recipeId the recipe (optional)
 * @param recipeVersion the recipe version, &ge; 1 (optional)
 * @param rollSegment the roll interval concerned (optional)
 * @param windowStart start of the time window analysed (optional)
 * @param windowEnd end of the time window analysed, not before windowStart (optional)
 */
public record InsightScope(
        String line,
        String equipmentId,
        String recipeId,
        Integer recipeVersion,
        RollSegment rollSegment,
        Instant windowStart,
        Instant windowEnd) {

    public InsightScope {
        Require.text(line, "InsightScope.line");
        Require.optionalText(equipmentId, "InsightScope.equipmentId");
        Require.optionalText(recipeId, "InsightScope.recipeId");
        Require.optionalVersion(recipeVersion, "InsightScope.recipeVersion");
        if (windowStart != null && windowEnd != null && windowEnd.isBefore(windowStart)) {
            throw new IllegalArgumentException(
                    "InsightScope.windowEnd "
                            + windowEnd
                            + " must not be before windowStart "
                            + windowStart);
        }
    }

    /** A scope covering a whole line. */
    public static InsightScope ofLine(String line) {
        return new InsightScope(line, null, null, null, null, null, null);
    }
}
