package io.gigafab.mes.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.gigafab.events.RollSegment;
import io.gigafab.events.insight.ChangeDirection;
import io.gigafab.events.insight.Evidence;
import io.gigafab.events.insight.InsightKind;
import io.gigafab.events.insight.InsightScope;
import io.gigafab.events.insight.InsightSeverity;
import io.gigafab.events.insight.SuggestedAction;
import io.gigafab.events.insight.YieldInsight;
import io.gigafab.recipes.Limits;
import io.gigafab.recipes.Parameter;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class InsightPolicyTest {

    private final InsightPolicy policy = new InsightPolicy(true, true, 0.9, 100, 0.25);

    static YieldInsight insight(double confidence, int sampleSize, SuggestedAction action) {
        return new YieldInsight(
                UUID.randomUUID(),
                Instant.now(),
                InsightKind.CONTAINMENT_SUGGESTION,
                InsightScope.ofLine("L2"),
                InsightSeverity.CRITICAL,
                "Capacity dip",
                List.of(new Evidence("capacity", 276.0, "Ah", sampleSize)),
                null,
                confidence,
                action);
    }

    private static SuggestedAction hold() {
        return SuggestedAction.hold("hold it", new RollSegment("R-1", 10, 20), List.of());
    }

    @Test
    void strongEvidenceHolds() {
        assertThat(policy.decide(insight(0.95, 480, hold())).action())
                .isEqualTo(InsightPolicy.Action.HOLD);
    }

    @Test
    void weakConfidenceOrSmallSamplesDoNothingAndSayWhy() {
        InsightPolicy.Decision weak = policy.decide(insight(0.6, 480, hold()));
        assertThat(weak.action()).isEqualTo(InsightPolicy.Action.NONE);
        assertThat(weak.note()).contains("confidence 0.60 (needs 0.90)");
        assertThat(policy.decide(insight(0.99, 20, hold())).action())
                .isEqualTo(InsightPolicy.Action.NONE);
    }

    @Test
    void switchedOffHoldsDoNothing() {
        InsightPolicy off = new InsightPolicy(false, true, 0.9, 100, 0.25);
        assertThat(off.decide(insight(0.99, 500, hold())).note()).contains("switched off");
    }

    @Test
    void aRecipeChangeWithoutTargetMovesAQuarterOfTheWayToTheSpecLimit() {
        Parameter coatWeight =
                new Parameter("coat_weight", "mg/cm2", 21.0, new Limits(20.58, 21.42), null, null);
        assertThat(policy.newTarget(coatWeight, ChangeDirection.INCREASE, null))
                .isCloseTo(21.105, within(1e-9));
        assertThat(policy.newTarget(coatWeight, ChangeDirection.DECREASE, null))
                .isCloseTo(20.895, within(1e-9));
        assertThat(policy.newTarget(coatWeight, ChangeDirection.DECREASE, 20.9)).isEqualTo(20.9);
        Parameter solvent =
                new Parameter(
                        "residual_solvent", "ppm", 200.0, new Limits(null, 500.0), null, null);
        assertThat(policy.newTarget(solvent, ChangeDirection.DECREASE, null))
                .isCloseTo(195.0, within(1e-9));
    }
}
