package io.gigafab.recipes;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.gigafab.events.EquipmentClass;
import java.time.Instant;
import java.util.Optional;

/** Identification and lifecycle of a master recipe. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RecipeHeader(
        String id,
        String name,
        Integer version,
        RecipeStatus status,
        EquipmentClass equipmentClass,
        CellDesign product,
        String author,
        Instant createdAt,
        Instant approvedAt,
        String description) {

    public Optional<Instant> created() {
        return Optional.ofNullable(createdAt);
    }

    public Optional<Instant> approved() {
        return Optional.ofNullable(approvedAt);
    }
}
