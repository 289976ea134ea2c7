package io.gigafab.mes.insight;

import io.gigafab.events.EventJson;
import io.gigafab.events.RollSegment;
import io.gigafab.events.insight.InsightScope;
import io.gigafab.events.insight.SuggestedAction;
import io.gigafab.events.insight.YieldInsight;
import io.gigafab.mes.audit.AuditTrail;
import io.gigafab.mes.quality.Hold;
import io.gigafab.mes.quality.HoldScope;
import io.gigafab.mes.quality.Holds;
import io.gigafab.mes.quality.PlaceHold;
import io.gigafab.mes.recipe.ParameterChange;
import io.gigafab.mes.recipe.RecipeVersion;
import io.gigafab.mes.recipe.RecipeVersionRepository;
import io.gigafab.mes.recipe.RecipeVersions;
import io.gigafab.recipes.Parameter;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Acts on a stored OPEN insight as the {@link InsightPolicy} decides: holds for a containment
 * suggestion (source INSIGHT), a DRAFT recipe version for a recipe suggestion. Each action runs in
 * a transaction of its own; acting twice on one insight is impossible because only OPEN insights
 * without an action are acted on.
 */
@ApplicationScoped
public class InsightActions {

    private static final Logger LOG = Logger.getLogger(InsightActions.class);

    private final InsightRepository insights;
    private final Holds holds;
    private final RecipeVersions recipeVersions;
    private final RecipeVersionRepository versions;
    private final AuditTrail audit;
    private final InsightPolicy policy;

    InsightActions(
            InsightRepository insights,
            Holds holds,
            RecipeVersions recipeVersions,
            RecipeVersionRepository versions,
            AuditTrail audit,
            InsightConfig config) {
        this.insights = insights;
        this.holds = holds;
        this.recipeVersions = recipeVersions;
        this.versions = versions;
        this.audit = audit;
        this.policy = InsightPolicy.of(config);
    }

    /** Acts on the insight if it is still OPEN; a failure is noted on the insight, not thrown. */
    public void actOn(UUID insightId) {
        try {
            QuarkusTransaction.requiringNew().run(() -> act(insightId));
        } catch (RuntimeException e) {
            LOG.warnf("Could not act on insight %s: %s", insightId, e.getMessage());
            QuarkusTransaction.requiringNew()
                    .run(() -> note(insightId, "could not act: " + e.getMessage()));
        }
    }

    private void act(UUID insightId) {
        Insight row = insights.findById(insightId);
        if (row == null || row.status != Insight.Status.OPEN) {
            return;
        }
        YieldInsight insight = EventJson.fromJson(row.body, YieldInsight.class);
        InsightPolicy.Decision decision = policy.decide(insight);
        InsightView before = InsightView.of(row);
        switch (decision.action()) {
            case HOLD -> placeHolds(row, insight);
            case RECIPE_DRAFT -> draftRecipe(row, insight);
            case NONE -> {
                row.actionNote = decision.note();
                return;
            }
        }
        row.status = Insight.Status.ACTED;
        audit.record(
                InsightIntake.ACTOR,
                "INSIGHT_ACTED",
                "yield_insight",
                row.id.toString(),
                before,
                InsightView.of(row));
    }

    private void placeHolds(Insight row, YieldInsight insight) {
        SuggestedAction suggestion = insight.suggestedAction();
        String reason = "Yield insight: " + insight.title() + " — " + suggestion.description();
        List<String> placed = new ArrayList<>();
        RollSegment segment = suggestion.rollSegment();
        if (segment != null) {
            placed.add(
                    place(
                            new PlaceHold(
                                    HoldScope.ROLL_INTERVAL,
                                    segment.rollId(),
                                    BigDecimal.valueOf(segment.startM()),
                                    BigDecimal.valueOf(segment.endM()),
                                    null,
                                    reason,
                                    null,
                                    row.id)));
        }
        for (String cellId : suggestion.cellIds()) {
            placed.add(
                    place(
                            new PlaceHold(
                                    HoldScope.CELL,
                                    cellId,
                                    null,
                                    null,
                                    null,
                                    reason,
                                    null,
                                    row.id)));
        }
        row.holdId = placed.get(0);
        row.actionNote =
                "placed hold" + (placed.size() > 1 ? "s " : " ") + String.join(", ", placed);
    }

    private String place(PlaceHold request) {
        return holds.place(request, InsightIntake.ACTOR, Hold.Source.INSIGHT).id();
    }

    private void draftRecipe(Insight row, YieldInsight insight) {
        SuggestedAction suggestion = insight.suggestedAction();
        InsightScope scope = insight.scope();
        if (scope.recipeId() == null) {
            throw new IllegalArgumentException("the insight names no recipe to change");
        }
        RecipeVersion base =
                scope.recipeVersion() != null
                        ? versions.require(scope.recipeId(), scope.recipeVersion())
                        : versions.latestApproved(scope.recipeId())
                                .orElseThrow(
                                        () ->
                                                new IllegalStateException(
                                                        scope.recipeId()
                                                                + " has no APPROVED version"));
        Parameter parameter =
                recipeVersions
                        .recipe(base.recipeId, base.version)
                        .parameter(suggestion.parameter())
                        .orElseThrow(
                                () ->
                                        new IllegalArgumentException(
                                                base.key()
                                                        + " has no parameter "
                                                        + suggestion.parameter()));
        double target =
                policy.newTarget(parameter, suggestion.direction(), suggestion.suggestedTarget());
        RecipeVersion draft =
                recipeVersions.draftFrom(
                        base,
                        List.of(new ParameterChange(parameter.name(), target, null, null)),
                        RecipeVersion.Origin.INSIGHT,
                        row.id,
                        InsightIntake.ACTOR,
                        "Drafted from yield insight " + row.id + ": " + suggestion.description());
        row.draftRecipeId = draft.recipeId;
        row.draftRecipeVersion = draft.version;
        row.actionNote =
                "drafted "
                        + draft.key()
                        + ": "
                        + parameter.name()
                        + " "
                        + parameter.target()
                        + " → "
                        + target;
    }

    private void note(UUID insightId, String note) {
        Insight row = insights.findById(insightId);
        if (row != null && row.status == Insight.Status.OPEN) {
            row.actionNote = note;
        }
    }
}
