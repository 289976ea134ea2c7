package io.gigafab.events.insight;

import io.gigafab.events.Require;
import io.gigafab.events.TopicMessage;
import io.gigafab.events.Topics;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A finding of yield analytics for process engineers, e.g. "Capacity dip on L1 tied to low coat
 * weight on cathode roll R-240117-C03, 1200–1350 m", published on {@link Topics#YIELD_INSIGHTS} and
 * keyed by line.
 *
 * @param insightId unique id of the insight
 * @param createdAt when analytics produced it
 * @param kind what was found
 * @param scope where and when it applies (at least a line)
 * @param severity how urgent it is
 * @param title one line for people, shown in the yield workbench
 * @param evidence the numbers behind it (empty when none)
 * @param statistic the test or model used, in words, e.g. "Pearson r, n=480" (optional)
 * @param confidence how sure analytics is, 0..1 (optional)
 * @param suggestedAction what to do about it (optional)
 */
public record YieldInsight(
        UUID insightId,
        Instant createdAt,
        InsightKind kind,
        InsightScope scope,
        InsightSeverity severity,
        String title,
        List<Evidence> evidence,
        String statistic,
        Double confidence,
        SuggestedAction suggestedAction)
        implements TopicMessage {

    public YieldInsight {
        Require.nonNull(insightId, "YieldInsight.insightId");
        Require.nonNull(createdAt, "YieldInsight.createdAt");
        Require.nonNull(kind, "YieldInsight.kind");
        Require.nonNull(scope, "YieldInsight.scope");
        Require.nonNull(severity, "YieldInsight.severity");
        Require.text(title, "YieldInsight.title");
        evidence = Require.list(evidence, "YieldInsight.evidence");
        Require.optionalText(statistic, "YieldInsight.statistic");
        if (confidence != null && !(confidence >= 0.0 && confidence <= 1.0)) {
            throw new IllegalArgumentException(
                    "YieldInsight.confidence must be between 0 and 1, got " + confidence);
        }
    }

    @Override
    public String topic() {
        return Topics.YIELD_INSIGHTS;
    }

    /** The line of the scope. */
    @Override
    public String kafkaKey() {
        return scope.line();
    }
}
