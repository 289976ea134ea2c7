package io.gigafab.analytics.insight;

import io.gigafab.events.insight.Evidence;
import io.gigafab.events.insight.InsightKind;
import io.gigafab.events.insight.InsightScope;
import io.gigafab.events.insight.InsightSeverity;
import io.gigafab.events.insight.SuggestedAction;
import io.gigafab.events.insight.YieldInsight;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Builds insights with an id derived from what was found ({@code finding}), so that the same
 * finding re-emitted after a restore from a checkpoint carries the same id and the MES, which
 * stores insights by id, keeps one.
 */
public final class Insights {

    private Insights() {}

    public static UUID idOf(InsightKind kind, String finding) {
        return UUID.nameUUIDFromBytes((kind + "|" + finding).getBytes(StandardCharsets.UTF_8));
    }

    public static YieldInsight of(
            InsightKind kind,
            String finding,
            InsightScope scope,
            InsightSeverity severity,
            String title,
            List<Evidence> evidence,
            String statistic,
            double confidence,
            SuggestedAction action) {
        return new YieldInsight(
                idOf(kind, finding),
                Instant.now(),
                kind,
                scope,
                severity,
                title,
                evidence,
                statistic,
                Math.max(0.0, Math.min(1.0, confidence)),
                action);
    }

    /** Evidence without unit. */
    public static Evidence number(String name, double value, long sampleSize) {
        return new Evidence(name, finite(value), null, sampleSize < 1 ? null : (int) sampleSize);
    }

    /** Evidence with unit. */
    public static Evidence measured(String name, double value, String unit, long sampleSize) {
        return new Evidence(name, finite(value), unit, sampleSize < 1 ? null : (int) sampleSize);
    }

    private static double finite(double value) {
        return Double.isFinite(value) ? value : 0.0;
    }
}
