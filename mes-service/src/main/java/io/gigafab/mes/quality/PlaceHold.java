package io.gigafab.mes.quality;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * A request to hold material.
 *
 * @param scope what kind of thing is held
 * @param targetId the lot, roll, cell, module, pack, equipment or recipe id
 * @param startM first metre held (ROLL_INTERVAL only)
 * @param endM last metre held (ROLL_INTERVAL only)
 * @param recipeVersion the held version (RECIPE_VERSION only)
 * @param reason why, in words an operator understands
 * @param ncrId the non-conformance report behind the hold (optional)
 * @param insightId the analytics insight that proposed it (optional)
 */
public record PlaceHold(
        HoldScope scope,
        String targetId,
        BigDecimal startM,
        BigDecimal endM,
        Integer recipeVersion,
        String reason,
        String ncrId,
        UUID insightId) {}
