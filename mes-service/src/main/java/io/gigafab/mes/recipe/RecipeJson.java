package io.gigafab.mes.recipe;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.gigafab.recipes.Recipe;
import io.gigafab.recipes.RecipeHeader;
import io.gigafab.recipes.RecipeStatus;
import java.io.UncheckedIOException;
import java.time.Instant;

/** The recipe body of a {@link RecipeVersion}: the recipe model as JSON, read and written. */
final class RecipeJson {

    private static final ObjectMapper MAPPER =
            JsonMapper.builder()
                    .addModule(new JavaTimeModule())
                    .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                    .serializationInclusion(JsonInclude.Include.NON_NULL)
                    .build();

    private RecipeJson() {}

    static String write(Recipe recipe) {
        try {
            return MAPPER.writeValueAsString(recipe);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The stored recipe with the lifecycle the database records (status, author, dates). */
    static Recipe read(RecipeVersion row) {
        Recipe body;
        try {
            body = MAPPER.readValue(row.body, Recipe.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Recipe " + row.key() + " has an unreadable body", e);
        }
        RecipeHeader h = body.header();
        RecipeHeader header =
                new RecipeHeader(
                        h.id(),
                        h.name(),
                        row.version,
                        row.status,
                        h.equipmentClass(),
                        h.product(),
                        row.createdBy,
                        row.createdAt,
                        row.approvedAt,
                        h.description());
        return new Recipe(header, body.parameters(), body.procedure(), body.grades());
    }

    static RecipeHeader draftHeader(
            RecipeHeader base, int version, String author, Instant at, String description) {
        return new RecipeHeader(
                base.id(),
                base.name(),
                version,
                RecipeStatus.DRAFT,
                base.equipmentClass(),
                base.product(),
                author,
                at,
                null,
                description == null || description.isBlank() ? base.description() : description);
    }
}
