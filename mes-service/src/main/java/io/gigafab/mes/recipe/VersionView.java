package io.gigafab.mes.recipe;

import java.time.Instant;
import java.util.UUID;

/** A recipe version's lifecycle as the API shows it (the recipe itself is under /versions/{v}). */
public record VersionView(
        String recipeId,
        int version,
        String name,
        String equipmentClass,
        String productId,
        String status,
        String origin,
        UUID insightId,
        String createdBy,
        Instant createdAt,
        Instant approvedAt) {

    static VersionView of(RecipeVersion row) {
        return new VersionView(
                row.recipeId,
                row.version,
                row.name,
                row.equipmentClass,
                row.productId,
                row.status.name(),
                row.origin.name(),
                row.insightId,
                row.createdBy,
                row.createdAt,
                row.approvedAt);
    }
}
