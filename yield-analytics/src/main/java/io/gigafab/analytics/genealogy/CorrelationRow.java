package io.gigafab.analytics.genealogy;

/**
 * One evaluation of a tag against the outcome of the cells made from a roll, as stored in {@code
 * analytics_correlation}. Interval fields are NaN/0 when no deviating interval was found.
 */
public record CorrelationRow(
        String rollId,
        String tag,
        long evaluatedAtMillis,
        String line,
        String equipmentId,
        String recipeId,
        int recipeVersion,
        int cells,
        int failingCells,
        double r,
        double rConfidence,
        double intervalStartM,
        double intervalEndM,
        int cellsInside,
        int failingInside,
        double lift,
        double intervalConfidence) {

    public boolean hasInterval() {
        return !Double.isNaN(intervalStartM);
    }
}
