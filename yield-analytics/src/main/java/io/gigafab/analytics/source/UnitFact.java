package io.gigafab.analytics.source;

/**
 * The part of a unit event from the MES that the analytics need, one flat record for all event
 * types so Flink serialises it as a POJO. Fields that do not apply to the kind are null (NaN for
 * metres).
 *
 * @param kind which event it was
 * @param unitId the lot, roll or cell id
 * @param equipmentPath ISA-95 path of the machine, "-" for manual stations
 * @param line the line of the machine, "-" when unknown
 * @param operation the routing operation (track-in/out)
 * @param result PASS, FAIL or REWORK (track-out)
 * @param defectCodes the defects found (track-out), never null
 * @param recipeId the recipe (track-in)
 * @param recipeVersion its version, 0 when none (track-in)
 * @param rollId the roll consumed (material consumption)
 * @param startM start of the roll segment consumed
 * @param endM end of the roll segment consumed
 * @param grade the grade (grading)
 * @param occurredAtMillis event time
 */
public record UnitFact(
        Kind kind,
        String unitId,
        String equipmentPath,
        String line,
        String operation,
        String result,
        String[] defectCodes,
        String recipeId,
        int recipeVersion,
        String rollId,
        double startM,
        double endM,
        String grade,
        long occurredAtMillis) {

    /** The unit event types the analytics use. */
    public enum Kind {
        TRACKED_IN,
        TRACKED_OUT,
        ROLL_CONSUMED,
        GRADED
    }

    /** Machine-less events (manual stations) are counted under this path and line. */
    public static final String NO_EQUIPMENT = "-";
}
