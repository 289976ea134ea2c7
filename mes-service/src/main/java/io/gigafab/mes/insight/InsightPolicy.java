package io.gigafab.mes.insight;

import io.gigafab.events.insight.ChangeDirection;
import io.gigafab.events.insight.Evidence;
import io.gigafab.events.insight.SuggestedAction;
import io.gigafab.events.insight.YieldInsight;
import io.gigafab.recipes.Limits;
import io.gigafab.recipes.Parameter;
import java.util.Locale;

/**
 * Decides what the MES does by itself about an insight. Evidence is strong enough when the
 * insight's confidence reaches the minimum and the largest sample size among its evidence does too;
 * then a HOLD suggestion places holds and a RECIPE_CHANGE suggestion becomes a DRAFT version.
 * Anything else stays OPEN for people.
 */
public record InsightPolicy(
        boolean holdsEnabled,
        boolean draftsEnabled,
        double minConfidence,
        int minSampleSize,
        double stepFraction) {

    /** What to do. */
    public enum Action {
        HOLD,
        RECIPE_DRAFT,
        NONE
    }

    /** The action and, when nothing is done, why. */
    public record Decision(Action action, String note) {}

    static InsightPolicy of(InsightConfig config) {
        return new InsightPolicy(
                config.autoHold().enabled(),
                config.recipeDrafts().enabled(),
                config.autoHold().minConfidence(),
                config.autoHold().minSampleSize(),
                config.recipeDrafts().stepFraction());
    }

    public Decision decide(YieldInsight insight) {
        SuggestedAction suggestion = insight.suggestedAction();
        if (suggestion == null) {
            return none("no suggested action");
        }
        if (suggestion.kind() == io.gigafab.events.insight.ActionKind.INSPECT) {
            return none("inspection suggested: for people to do");
        }
        double confidence = insight.confidence() == null ? 0.0 : insight.confidence();
        int sampleSize = largestSample(insight);
        if (confidence < minConfidence || sampleSize < minSampleSize) {
            return none(
                    String.format(
                            Locale.ROOT,
                            "evidence too weak to act by itself: confidence %.2f (needs %.2f),"
                                    + " sample size %d (needs %d)",
                            confidence,
                            minConfidence,
                            sampleSize,
                            minSampleSize));
        }
        return switch (suggestion.kind()) {
            case HOLD ->
                    holdsEnabled
                            ? new Decision(Action.HOLD, null)
                            : none("automatic holds are switched off");
            case RECIPE_CHANGE ->
                    draftsEnabled
                            ? new Decision(Action.RECIPE_DRAFT, null)
                            : none("recipe drafts from insights are switched off");
            case INSPECT -> none("inspection suggested: for people to do");
        };
    }

    /**
     * The new target of a recipe change: the suggested target, or otherwise {@link #stepFraction}
     * of the way from the target to the spec limit in the suggested direction (a parameter without
     * a limit on that side moves by that fraction of 10 % of its target).
     */
    public double newTarget(Parameter parameter, ChangeDirection direction, Double suggested) {
        if (suggested != null) {
            return suggested;
        }
        double target = parameter.target();
        Limits spec = parameter.specLimits();
        Double limit =
                spec == null
                        ? null
                        : direction == ChangeDirection.INCREASE ? spec.upper() : spec.lower();
        double distance = limit == null ? Math.abs(target) * 0.1 : Math.abs(limit - target);
        double step = distance * stepFraction;
        return direction == ChangeDirection.INCREASE ? target + step : target - step;
    }

    private static int largestSample(YieldInsight insight) {
        return insight.evidence().stream()
                .map(Evidence::sampleSize)
                .filter(java.util.Objects::nonNull)
                .mapToInt(Integer::intValue)
                .max()
                .orElse(0);
    }

    private static Decision none(String note) {
        return new Decision(Action.NONE, note);
    }
}
