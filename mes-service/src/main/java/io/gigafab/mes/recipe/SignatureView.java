package io.gigafab.mes.recipe;

import java.time.Instant;

/** A signature on a recipe version: who, what it means, when, and when they re-authenticated. */
public record SignatureView(
        long id,
        String recipeId,
        int version,
        String signer,
        String meaning,
        String comment,
        Instant signedAt,
        Instant authTime,
        String statusAfter) {}
