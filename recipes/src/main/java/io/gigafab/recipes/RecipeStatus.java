package io.gigafab.recipes;

import java.util.Set;

/** Lifecycle of a master recipe: DRAFT → IN_REVIEW → APPROVED → OBSOLETE. */
public enum RecipeStatus {
    DRAFT,
    IN_REVIEW,
    APPROVED,
    OBSOLETE;

    /**
     * Whether the lifecycle allows going from this status to {@code next}: a draft is submitted for
     * review, a review approves it or sends it back to draft, an approved recipe can only be
     * retired. Staying in the same status is not a transition.
     */
    public boolean canTransitionTo(RecipeStatus next) {
        return successors().contains(next);
    }

    /** The statuses this status may move to. */
    public Set<RecipeStatus> successors() {
        return switch (this) {
            case DRAFT -> Set.of(IN_REVIEW);
            case IN_REVIEW -> Set.of(APPROVED, DRAFT);
            case APPROVED -> Set.of(OBSOLETE);
            case OBSOLETE -> Set.of();
        };
    }

    /** Approved and obsolete recipes have been released and must carry an approval date. */
    public boolean isReleased() {
        return this == APPROVED || this == OBSOLETE;
    }
}
