package io.gigafab.mes.quality;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** A quality hold; see {@link HoldScope} for what it can apply to. */
@Entity
@Table(name = "hold")
public class Hold {

    public enum Status {
        ACTIVE,
        RELEASED
    }

    public enum Source {
        MANUAL,
        INSIGHT
    }

    @Id public String id;

    @Enumerated(EnumType.STRING)
    public HoldScope scope;

    @Column(name = "target_id")
    public String targetId;

    @Column(name = "start_m")
    public BigDecimal startM;

    @Column(name = "end_m")
    public BigDecimal endM;

    @Column(name = "recipe_version")
    public Integer recipeVersion;

    public String reason;

    @Column(name = "ncr_id")
    public String ncrId;

    @Enumerated(EnumType.STRING)
    public Source source;

    @Column(name = "insight_id")
    public UUID insightId;

    @Enumerated(EnumType.STRING)
    public Status status;

    @Column(name = "placed_by")
    public String placedBy;

    @Column(name = "placed_at")
    public Instant placedAt;

    @Column(name = "released_by")
    public String releasedBy;

    @Column(name = "released_at")
    public Instant releasedAt;

    @Enumerated(EnumType.STRING)
    public io.gigafab.events.unit.HoldDisposition disposition;

    @Column(name = "disposition_note")
    public String dispositionNote;

    @Version public int version;

    /**
     * The hold as an operator reads it, e.g. "H-000007 roll RC-1 metres 400-600: reason (NCR-17)".
     */
    public String describe() {
        StringBuilder text = new StringBuilder(id).append(' ');
        text.append(
                switch (scope) {
                    case ROLL_INTERVAL ->
                            "roll "
                                    + targetId
                                    + " metres "
                                    + startM.stripTrailingZeros().toPlainString()
                                    + "–"
                                    + endM.stripTrailingZeros().toPlainString();
                    case RECIPE_VERSION -> "recipe " + targetId + " v" + recipeVersion;
                    default -> scope.name().toLowerCase(java.util.Locale.ROOT) + " " + targetId;
                });
        text.append(": ").append(reason);
        if (ncrId != null) {
            text.append(" (").append(ncrId).append(')');
        }
        return text.toString();
    }
}
