package io.gigafab.mes.quality;

import io.gigafab.events.unit.HoldDisposition;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** A hold as the API shows it. */
public record HoldView(
        String id,
        HoldScope scope,
        String targetId,
        BigDecimal startM,
        BigDecimal endM,
        Integer recipeVersion,
        String reason,
        String ncrId,
        Hold.Source source,
        UUID insightId,
        Hold.Status status,
        String placedBy,
        Instant placedAt,
        String releasedBy,
        Instant releasedAt,
        HoldDisposition disposition,
        String dispositionNote,
        long heldUnits,
        String description) {

    static HoldView of(Hold hold, long heldUnits) {
        return new HoldView(
                hold.id,
                hold.scope,
                hold.targetId,
                hold.startM,
                hold.endM,
                hold.recipeVersion,
                hold.reason,
                hold.ncrId,
                hold.source,
                hold.insightId,
                hold.status,
                hold.placedBy,
                hold.placedAt,
                hold.releasedBy,
                hold.releasedAt,
                hold.disposition,
                hold.dispositionNote,
                heldUnits,
                hold.describe());
    }
}
