package io.gigafab.mes.insight;

import io.gigafab.events.EventJson;
import io.gigafab.events.insight.YieldInsight;
import java.time.Instant;
import java.util.UUID;

/** An insight as the yield workbench shows it: the finding, its status and what was done. */
public record InsightView(
        UUID id,
        Instant createdAt,
        Instant receivedAt,
        String kind,
        String severity,
        String line,
        String title,
        Double confidence,
        String status,
        String holdId,
        String draftRecipeId,
        Integer draftRecipeVersion,
        String actionNote,
        YieldInsight insight) {

    static InsightView of(Insight row) {
        return new InsightView(
                row.id,
                row.createdAt,
                row.receivedAt,
                row.kind,
                row.severity,
                row.lineId,
                row.title,
                row.confidence,
                row.status.name(),
                row.holdId,
                row.draftRecipeId,
                row.draftRecipeVersion,
                row.actionNote,
                EventJson.fromJson(row.body, YieldInsight.class));
    }
}
