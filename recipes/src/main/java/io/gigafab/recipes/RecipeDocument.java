package io.gigafab.recipes;

/** A recipe together with the file (or class path resource) it was read from. */
public record RecipeDocument(String file, Recipe recipe) {}
