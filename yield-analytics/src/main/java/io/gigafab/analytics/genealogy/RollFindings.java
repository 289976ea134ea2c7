package io.gigafab.analytics.genealogy;

import io.gigafab.analytics.insight.Insights;
import io.gigafab.analytics.spc.RecipeLimits;
import io.gigafab.analytics.spc.TagNames;
import io.gigafab.analytics.stats.PointBiserial;
import io.gigafab.analytics.stats.TwoProportionTest;
import io.gigafab.events.RollSegment;
import io.gigafab.events.insight.ChangeDirection;
import io.gigafab.events.insight.Evidence;
import io.gigafab.events.insight.InsightKind;
import io.gigafab.events.insight.InsightScope;
import io.gigafab.events.insight.InsightSeverity;
import io.gigafab.events.insight.SuggestedAction;
import io.gigafab.events.insight.YieldInsight;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The statistics of one roll evaluation and the insights they justify: a containment suggestion
 * (the deviating roll interval and every cell made from it) when the cells inside fail markedly and
 * significantly more often than the rest, a recipe suggestion when the value correlates with
 * failing across the roll and is a recipe parameter, and the parameter–outcome correlation with the
 * ranking of all tags as their parent finding.
 */
final class RollFindings {

    private final String rollId;
    private final long at;
    private final CorrelationSettings settings;
    private final RecipeLimits limits;

    RollFindings(String rollId, long at, CorrelationSettings settings, RecipeLimits limits) {
        this.rollId = rollId;
        this.at = at;
        this.settings = settings;
        this.limits = limits;
    }

    /** The statistics of one tag, or null when no cell lies on measured metres. */
    CorrelationRow evaluate(String tag, RollProfile profile, List<CellOnRoll> decided) {
        List<CellOnRoll> measured = new ArrayList<>();
        double[] x = valuesOver(profile, decided, measured);
        if (measured.isEmpty()) {
            return null;
        }
        boolean[] failed = new boolean[x.length];
        int failing = 0;
        for (int i = 0; i < failed.length; i++) {
            failed[i] = measured.get(i).outcome() == CellOnRoll.FAILING;
            failing += failed[i] ? 1 : 0;
        }
        // Cells made from the same metres share their values and often their fate: the confidence
        // of r counts the distinct bins the cells come from, not the cells, as independent units.
        PointBiserial r =
                new PointBiserial(PointBiserial.of(x, failed).r(), distinctBins(measured, profile));
        DeviatingInterval interval =
                DeviatingInterval.find(
                        profile.binMeans(),
                        profile.binM,
                        settings.zThreshold(),
                        settings.minBins());
        TwoProportionTest test = interval == null ? null : splitAt(interval, measured);
        return row(tag, profile, x.length, failing, r, interval, test);
    }

    /** The mean value over each cell's metres; cells without values are left out. */
    private static double[] valuesOver(
            RollProfile profile, List<CellOnRoll> decided, List<CellOnRoll> measured) {
        List<Double> values = new ArrayList<>();
        for (CellOnRoll cell : decided) {
            double value = profile.meanOver(cell.startM(), cell.endM());
            if (!Double.isNaN(value)) {
                measured.add(cell);
                values.add(value);
            }
        }
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static int distinctBins(List<CellOnRoll> cells, RollProfile profile) {
        return (int)
                cells.stream().mapToInt(c -> (int) (c.startM() / profile.binM)).distinct().count();
    }

    private CorrelationRow row(
            String tag,
            RollProfile profile,
            int cells,
            int failing,
            PointBiserial r,
            DeviatingInterval interval,
            TwoProportionTest test) {
        boolean found = interval != null;
        return new CorrelationRow(
                rollId,
                tag,
                at,
                profile.line,
                profile.equipmentId,
                profile.recipeId,
                profile.recipeVersion,
                cells,
                failing,
                r.r(),
                r.confidence(),
                found ? interval.startM() : Double.NaN,
                found ? interval.endM() : Double.NaN,
                found ? (int) test.inside() : 0,
                found ? (int) test.failedInside() : 0,
                found ? test.lift() : Double.NaN,
                found ? test.confidence() : 0.0);
    }

    /** Ranks rows: a supported interval first, then by |r|. */
    static double strength(CorrelationRow row) {
        double interval = row.hasInterval() && row.lift() >= 1 ? row.intervalConfidence() : 0;
        return interval + Math.abs(row.r()) * row.rConfidence();
    }

    /**
     * The insights of a row: a containment suggestion when {@code contain} (see {@link
     * #containmentSupported}), a recipe suggestion when {@code suggestRecipe} (see {@link
     * #recipeParameter}), and their parent correlation; none when neither.
     */
    List<YieldInsight> insights(
            CorrelationRow row,
            int rank,
            List<CorrelationRow> ranking,
            RollProfile profile,
            List<CellOnRoll> allCells,
            boolean contain,
            boolean suggestRecipe) {
        List<YieldInsight> insights = new ArrayList<>();
        if (contain) {
            insights.add(containment(row, profile, allCells));
        }
        RecipeLimits.ParameterLimits parameter = recipeParameter(row);
        if (suggestRecipe && parameter != null) {
            insights.add(recipe(row, parameter));
        }
        if (!insights.isEmpty()) {
            insights.add(0, correlation(row, rank, ranking));
        }
        return insights;
    }

    /** The recipe parameter a row justifies changing, or null. */
    RecipeLimits.ParameterLimits recipeParameter(CorrelationRow row) {
        RecipeLimits.ParameterLimits parameter =
                limits.forTag(row.recipeId(), row.recipeVersion(), row.tag());
        boolean strong =
                Math.abs(row.r()) >= settings.minAbsR()
                        && row.rConfidence() >= settings.minConfidence()
                        && row.cells() >= settings.minCells();
        return strong ? parameter : null;
    }

    /** Whether the row's deviating interval and its cells justify a containment. */
    boolean containmentSupported(CorrelationRow row) {
        return row.hasInterval()
                && row.cells() >= settings.minCells()
                && row.cellsInside() >= settings.minCellsInside()
                && row.lift() >= settings.minLift()
                && row.intervalConfidence() >= settings.minConfidence();
    }

    private YieldInsight containment(
            CorrelationRow row, RollProfile profile, List<CellOnRoll> allCells) {
        RollSegment segment = new RollSegment(rollId, row.intervalStartM(), row.intervalEndM());
        List<String> cellIds =
                allCells.stream()
                        .filter(c -> c.overlaps(row.intervalStartM(), row.intervalEndM()))
                        .map(CellOnRoll::cellId)
                        .distinct()
                        .sorted()
                        .toList();
        double rateInside = (double) row.failingInside() / row.cellsInside();
        int outside = row.cells() - row.cellsInside();
        double rateOutside =
                outside == 0 ? 0 : (double) (row.failingCells() - row.failingInside()) / outside;
        DeviatingInterval shift = shiftOf(row, profile);
        String title = containmentTitle(row, profile, shift, rateInside, rateOutside);
        List<Evidence> evidence =
                List.of(
                        Insights.number("failure rate inside", rateInside, row.cellsInside()),
                        Insights.number("failure rate outside", rateOutside, outside),
                        Insights.number("lift", row.lift(), row.cells()),
                        Insights.measured(
                                "mean inside", shift.meanInside(), profile.unit, row.cellsInside()),
                        Insights.measured(
                                "roll median",
                                shift.baseline(),
                                profile.unit,
                                profile.valueCount()),
                        Insights.number("cells to hold", cellIds.size(), cellIds.size()));
        return Insights.of(
                InsightKind.CONTAINMENT_SUGGESTION,
                rollId + "|" + row.tag(),
                scope(row, segment),
                InsightSeverity.CRITICAL,
                title,
                evidence,
                String.format(
                        Locale.ROOT,
                        "two-proportion z-test, one-sided, n=%d (%d inside)",
                        row.cells(),
                        row.cellsInside()),
                row.intervalConfidence(),
                SuggestedAction.hold(
                        String.format(
                                Locale.ROOT,
                                "Hold %s %.0f–%.0f m and the %d cells made from it",
                                rollId,
                                row.intervalStartM(),
                                row.intervalEndM(),
                                cellIds.size()),
                        segment,
                        cellIds));
    }

    private String containmentTitle(
            CorrelationRow row,
            RollProfile profile,
            DeviatingInterval shift,
            double rateInside,
            double rateOutside) {
        return String.format(
                Locale.ROOT,
                "Hold %s %.0f–%.0f m: %s %.4g%s there (roll median %.4g), its cells fail"
                        + " %.0f %% against %.0f %%",
                rollId,
                row.intervalStartM(),
                row.intervalEndM(),
                row.tag(),
                shift.meanInside(),
                profile.unit == null ? "" : " " + profile.unit,
                shift.baseline(),
                100 * rateInside,
                100 * rateOutside);
    }

    private YieldInsight recipe(CorrelationRow row, RecipeLimits.ParameterLimits parameter) {
        ChangeDirection direction =
                row.r() < 0 ? ChangeDirection.INCREASE : ChangeDirection.DECREASE;
        String title = recipeTitle(row, parameter, direction);
        return Insights.of(
                InsightKind.RECIPE_SUGGESTION,
                rollId + "|" + row.tag(),
                scope(row, null),
                InsightSeverity.WARNING,
                title,
                List.of(
                        Insights.number("point-biserial r", row.r(), row.cells()),
                        Insights.number("failing cells", row.failingCells(), row.cells()),
                        Insights.measured(
                                "recipe target",
                                parameter.target() == null ? Double.NaN : parameter.target(),
                                parameter.unit(),
                                1)),
                String.format(
                        Locale.ROOT, "point-biserial correlation, Fisher z, n=%d", row.cells()),
                row.rConfidence(),
                SuggestedAction.recipeChange(
                        "Move "
                                + parameter.parameter()
                                + " away from the values the failing cells saw; check the"
                                + " containment finding of "
                                + rollId
                                + " first",
                        parameter.parameter(),
                        direction,
                        null));
    }

    private static String recipeTitle(
            CorrelationRow row, RecipeLimits.ParameterLimits parameter, ChangeDirection direction) {
        boolean raise = direction == ChangeDirection.INCREASE;
        return String.format(
                Locale.ROOT,
                "%s %s of %s v%d: cells with %s %s fail more often (r=%.2f, n=%d)",
                raise ? "Raise" : "Lower",
                parameter.parameter(),
                row.recipeId(),
                row.recipeVersion(),
                raise ? "lower" : "higher",
                parameter.parameter(),
                row.r(),
                row.cells());
    }

    private YieldInsight correlation(CorrelationRow row, int rank, List<CorrelationRow> ranking) {
        List<Evidence> evidence = new ArrayList<>();
        for (CorrelationRow other : ranking.subList(0, Math.min(5, ranking.size()))) {
            evidence.add(Insights.number("r " + other.tag(), other.r(), other.cells()));
        }
        evidence.add(Insights.number("confidence of r", row.rConfidence(), row.cells()));
        String title =
                String.format(
                        Locale.ROOT,
                        "%s on %s is associated with failing cells (rank %d of %d, r=%.2f, n=%d)",
                        TagNames.parameterOf(row.tag()),
                        rollId,
                        rank,
                        ranking.size(),
                        row.r(),
                        row.cells());
        return Insights.of(
                InsightKind.PARAMETER_OUTCOME_CORRELATION,
                rollId + "|" + row.tag(),
                scope(
                        row,
                        row.hasInterval()
                                ? new RollSegment(rollId, row.intervalStartM(), row.intervalEndM())
                                : null),
                InsightSeverity.WARNING,
                title,
                evidence,
                "point-biserial r over cells by roll metres; interval lift by two-proportion test",
                Math.max(row.rConfidence(), row.intervalConfidence()),
                null);
    }

    private InsightScope scope(CorrelationRow row, RollSegment segment) {
        return new InsightScope(
                row.line() == null ? "-" : row.line(),
                row.equipmentId(),
                row.recipeId(),
                row.recipeVersion() == 0 ? null : row.recipeVersion(),
                segment,
                null,
                Instant.ofEpochMilli(at));
    }

    private static DeviatingInterval shiftOf(CorrelationRow row, RollProfile profile) {
        double inside = profile.meanOver(row.intervalStartM(), row.intervalEndM());
        double[] means = profile.binMeans();
        double median =
                DeviatingInterval.median(
                        java.util.Arrays.stream(means).filter(v -> !Double.isNaN(v)).toArray());
        return new DeviatingInterval(row.intervalStartM(), row.intervalEndM(), inside, median);
    }

    private static TwoProportionTest splitAt(
            DeviatingInterval interval, List<CellOnRoll> measured) {
        long inside = 0;
        long failedInside = 0;
        long failedOutside = 0;
        for (CellOnRoll cell : measured) {
            boolean failed = cell.outcome() == CellOnRoll.FAILING;
            if (cell.overlaps(interval.startM(), interval.endM())) {
                inside++;
                failedInside += failed ? 1 : 0;
            } else {
                failedOutside += failed ? 1 : 0;
            }
        }
        return new TwoProportionTest(failedInside, inside, failedOutside, measured.size() - inside);
    }
}
