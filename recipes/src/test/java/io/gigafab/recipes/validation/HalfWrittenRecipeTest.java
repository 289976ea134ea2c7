package io.gigafab.recipes.validation;

import static io.gigafab.recipes.ViolationAssert.assertHasViolation;
import static org.assertj.core.api.Assertions.assertThat;

import io.gigafab.recipes.Recipe;
import io.gigafab.recipes.TestRecipes;
import io.gigafab.recipes.Violation;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A recipe full of gaps and null entries is reported field by field, never with an exception. */
class HalfWrittenRecipeTest {

    private static final Path FILE = Path.of("src/test/resources/invalid/half-written.yaml");

    @Test
    void everyGapIsReportedWithItsPath() {
        List<Violation> violations = TestRecipes.violations(FILE);

        assertHasViolation(violations, FILE, "header.id", "missing recipe id");
        assertHasViolation(violations, FILE, "header.createdAt", "missing createdAt");
        assertHasViolation(violations, FILE, "parameters[1]", "empty parameter entry");
        assertHasViolation(violations, FILE, "parameters[coat_weight].unit", "expected mg/cm2");
        assertHasViolation(violations, FILE, "procedure[0]", "empty step entry");
        assertHasViolation(violations, FILE, "procedure[1].type", "missing step type");
        assertHasViolation(violations, FILE, "procedure[2].voltage", "empty setting");
        assertHasViolation(violations, FILE, "procedure[3].current.unit", "expected A or C");
        assertHasViolation(violations, FILE, "grades[0].grade", "missing grade name");
        assertHasViolation(violations, FILE, "grades[A]", "grade 'A' is defined twice");
    }

    @Test
    void eachProblemIsReportedOnce() {
        List<Violation> violations = TestRecipes.violations(FILE);

        assertThat(violations).doesNotHaveDuplicates();
        assertThat(violations).filteredOn(v -> v.path().equals("procedure[2].voltage")).hasSize(1);
    }

    @Test
    void emptyRecipeIsReportedNotThrown() {
        List<Violation> violations =
                new RecipeValidator().validate("empty.yaml", new Recipe(null, null, null, null));

        assertThat(violations)
                .containsExactly(
                        new Violation("empty.yaml", "header", "missing header"),
                        new Violation(
                                "empty.yaml",
                                "procedure",
                                "empty procedure: a recipe needs at least one step"));
    }
}
