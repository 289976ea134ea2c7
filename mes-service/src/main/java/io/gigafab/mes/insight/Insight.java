package io.gigafab.mes.insight;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A yield insight received from analytics, and what the MES did about it. */
@Entity
@Table(name = "yield_insight")
public class Insight {

    public enum Status {
        OPEN,
        ACTED,
        DISMISSED
    }

    @Id public UUID id;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "received_at")
    public Instant receivedAt;

    public String kind;

    public String severity;

    @Column(name = "line_id")
    public String lineId;

    public String title;

    public Double confidence;

    /** The whole YieldInsight message as JSON. */
    @JdbcTypeCode(SqlTypes.JSON)
    public String body;

    @Enumerated(EnumType.STRING)
    public Status status;

    @Column(name = "hold_id")
    public String holdId;

    @Column(name = "draft_recipe_id")
    public String draftRecipeId;

    @Column(name = "draft_recipe_version")
    public Integer draftRecipeVersion;

    @Column(name = "action_note")
    public String actionNote;
}
