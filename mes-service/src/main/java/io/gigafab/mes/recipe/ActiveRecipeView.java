package io.gigafab.mes.recipe;

import java.time.Instant;

/** The recipe version in force at a machine, who activated it and when. */
public record ActiveRecipeView(
        String equipmentId,
        String recipeId,
        int version,
        String status,
        String activatedBy,
        Instant activatedAt) {}
