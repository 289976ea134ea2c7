package io.gigafab.recipes;

import static io.gigafab.recipes.RecipeStatus.APPROVED;
import static io.gigafab.recipes.RecipeStatus.DRAFT;
import static io.gigafab.recipes.RecipeStatus.IN_REVIEW;
import static io.gigafab.recipes.RecipeStatus.OBSOLETE;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RecipeStatusTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "DRAFT, IN_REVIEW",
        "IN_REVIEW, APPROVED",
        "IN_REVIEW, DRAFT",
        "APPROVED, OBSOLETE"
    })
    void lifecycleAllows(RecipeStatus from, RecipeStatus to) {
        assertThat(from.canTransitionTo(to)).isTrue();
    }

    @ParameterizedTest(name = "{0} -/-> {1}")
    @CsvSource({
        "DRAFT, DRAFT",
        "DRAFT, APPROVED",
        "DRAFT, OBSOLETE",
        "IN_REVIEW, IN_REVIEW",
        "IN_REVIEW, OBSOLETE",
        "APPROVED, DRAFT",
        "APPROVED, IN_REVIEW",
        "APPROVED, APPROVED",
        "OBSOLETE, DRAFT",
        "OBSOLETE, IN_REVIEW",
        "OBSOLETE, APPROVED",
        "OBSOLETE, OBSOLETE"
    })
    void lifecycleForbids(RecipeStatus from, RecipeStatus to) {
        assertThat(from.canTransitionTo(to)).isFalse();
    }

    @Test
    void everyPairIsCoveredExactlyByTheSuccessors() {
        assertThat(DRAFT.successors()).containsExactly(IN_REVIEW);
        assertThat(IN_REVIEW.successors()).containsExactlyInAnyOrder(APPROVED, DRAFT);
        assertThat(APPROVED.successors()).containsExactly(OBSOLETE);
        assertThat(OBSOLETE.successors()).isEqualTo(Set.of());
    }

    @Test
    void onlyReleasedRecipesCarryAnApproval() {
        assertThat(APPROVED.isReleased()).isTrue();
        assertThat(OBSOLETE.isReleased()).isTrue();
        assertThat(DRAFT.isReleased()).isFalse();
        assertThat(IN_REVIEW.isReleased()).isFalse();
    }
}
