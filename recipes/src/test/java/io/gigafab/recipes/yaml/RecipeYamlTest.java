package io.gigafab.recipes.yaml;

import static io.gigafab.recipes.ViolationAssert.assertHasViolation;
import static org.assertj.core.api.Assertions.assertThat;

import io.gigafab.recipes.TestRecipes;
import io.gigafab.recipes.Violation;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** YAML that does not parse or does not fit the model: file, field path and reason, no trace. */
class RecipeYamlTest {

    private static final Path INVALID = Path.of("src/test/resources/invalid");

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "syntax-error.yaml | header.name | YAML syntax error",
                "wrong-type.yaml | parameters[1].target | 'twenty-one' is not a number",
                "unknown-status.yaml | header.status | unknown value 'RELEASED'; expected one of"
                        + " DRAFT, IN_REVIEW, APPROVED, OBSOLETE",
                "unknown-equipment-class.yaml | header.equipmentClass | unknown value 'LAMINATOR'",
                "unknown-step-type.yaml | procedure[1].type | unknown value 'PULSE_CHARGE'",
                "unknown-field.yaml | header.revision | unknown field 'revision'",
                "setting-not-a-quantity.yaml | procedure[0].duration | expected a quantity such as"
                        + " {value: 3.65, unit: V}",
                "duplicate-key.yaml | header.version | Duplicate field 'version'",
                "bad-timestamp.yaml | header.createdAt | 'last tuesday' is not an ISO-8601"
                        + " timestamp",
                "version-not-a-number.yaml | header.version | 'v1' is not an integer",
                "empty.yaml | $ | file is empty"
            })
    void unreadableFileIsReportedWithItsFieldPath(String fileName, String path, String message) {
        Path file = INVALID.resolve(fileName);

        List<Violation> violations = TestRecipes.violations(file);

        assertThat(violations).hasSize(1);
        assertHasViolation(violations, file, path, message);
        assertThat(violations.get(0).message()).doesNotContain("\tat ", "Exception");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "wrong-type.yaml, line 11",
        "unknown-status.yaml, line 4",
        "syntax-error.yaml, line"
    })
    void messageTellsTheLine(String fileName, String line) {
        List<Violation> violations = TestRecipes.violations(INVALID.resolve(fileName));

        assertThat(violations.get(0).message()).contains("(" + line);
    }
}
