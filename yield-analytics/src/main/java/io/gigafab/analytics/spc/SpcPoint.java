package io.gigafab.analytics.spc;

/**
 * One point of an SPC chart as stored in {@code analytics_spc_point}.
 *
 * @param equipmentId the machine
 * @param line its line
 * @param recipeId the recipe, or null
 * @param recipeVersion its version, 0 when unknown
 * @param tag the process value
 * @param sampledAtMillis when it was sampled
 * @param point the judged point
 * @param cp process capability against the recipe spec limits, NaN when not computable
 * @param cpk process capability index, NaN when not computable
 */
public record SpcPoint(
        String equipmentId,
        String line,
        String recipeId,
        int recipeVersion,
        String tag,
        long sampledAtMillis,
        ChartPoint point,
        double cp,
        double cpk) {}
