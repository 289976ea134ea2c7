package io.gigafab.mes.recipe;

import io.gigafab.recipes.RecipeStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One version of a master recipe as the MES runs it: imported from the library or drafted here,
 * with its lifecycle status. The body is the whole recipe as JSON; the status column decides.
 */
@Entity
@Table(name = "recipe_version")
@IdClass(RecipeVersion.Key.class)
public class RecipeVersion {

    /** Where a version came from. */
    public enum Origin {
        LIBRARY,
        ENGINEER,
        INSIGHT
    }

    /** Recipe id and version. */
    public static class Key implements Serializable {
        public String recipeId;
        public int version;

        public Key() {}

        public Key(String recipeId, int version) {
            this.recipeId = recipeId;
            this.version = version;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key
                    && version == key.version
                    && Objects.equals(recipeId, key.recipeId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(recipeId, version);
        }
    }

    @Id
    @Column(name = "recipe_id")
    public String recipeId;

    @Id public int version;

    public String name;

    @Column(name = "equipment_class")
    public String equipmentClass;

    @Column(name = "product_id")
    public String productId;

    @Enumerated(EnumType.STRING)
    public RecipeStatus status;

    @JdbcTypeCode(SqlTypes.JSON)
    public String body;

    @Enumerated(EnumType.STRING)
    public Origin origin;

    @Column(name = "insight_id")
    public UUID insightId;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "approved_at")
    public Instant approvedAt;

    @Version
    @Column(name = "lock_version")
    public int lockVersion;

    /** e.g. {@code LFP-280P-COATING-CATHODE v2}, for messages and audit records. */
    public String key() {
        return recipeId + " v" + version;
    }
}
