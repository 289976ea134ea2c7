package io.gigafab.analytics.source;

/**
 * One numeric GOOD process value with what was being produced, flattened from a {@code
 * MeasurementBatch} sample so Flink serialises it as a POJO.
 *
 * @param equipmentId the machine, e.g. "COAT-01"
 * @param line the line of the machine, e.g. "L1"
 * @param tag the normalised tag, e.g. "coating.coatWeight"
 * @param unit the engineering unit, or null
 * @param recipeId the running recipe, or null
 * @param recipeVersion its version, 0 when unknown
 * @param rollId the roll being processed, or null
 * @param positionM the position on that roll in metres, NaN when unknown
 * @param cellId the cell being processed, or null
 * @param sampledAtMillis the source timestamp (event time)
 * @param value the value
 */
public record ProcessValue(
        String equipmentId,
        String line,
        String tag,
        String unit,
        String recipeId,
        int recipeVersion,
        String rollId,
        double positionM,
        String cellId,
        long sampledAtMillis,
        double value) {

    /** Whether the value is stamped with a roll position (coating, calendering). */
    public boolean onRollPosition() {
        return rollId != null && !Double.isNaN(positionM);
    }

    /** The key of one SPC chart: machine, recipe version and tag. */
    public String chartKey() {
        return equipmentId + "|" + recipeId + "|" + recipeVersion + "|" + tag;
    }
}
