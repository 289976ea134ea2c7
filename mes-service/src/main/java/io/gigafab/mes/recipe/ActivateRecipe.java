package io.gigafab.mes.recipe;

/** Which recipe version a machine shall run from now on; it must be APPROVED and of its class. */
public record ActivateRecipe(String recipeId, Integer version) {}
