package io.gigafab.recipes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.gigafab.recipes.TestRecipes;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RecipeCliTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @TempDir Path temp;

    private int run(String... args) {
        return RecipeCli.run(
                args,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void validateLibraryExitsZeroWithSummary() {
        int code = run("validate", "library");

        assertThat(code).isZero();
        assertThat(out()).isEqualTo("34 recipes valid" + System.lineSeparator());
        assertThat(err()).isEmpty();
    }

    @Test
    void validateSingleFileAndSeveralArguments() {
        int code =
                run(
                        "validate",
                        "library/LFP-280P/formation.yaml",
                        "library/NMC811-60P",
                        "library/NA-HC-150P/grading.yaml");

        assertThat(code).isZero();
        assertThat(out()).startsWith("13 recipes valid");
    }

    @Test
    void validateBrokenRecipeExitsOneAndNamesFileAndField() {
        Path file =
                TestRecipes.broken(
                        temp,
                        "coat-weight-in-kg.yaml",
                        "LFP-280P/coating-cathode.yaml",
                        "unit: mg/cm2",
                        "unit: kg");

        int code = run("validate", "library/NMC811-60P", file.toString());

        assertThat(code).isEqualTo(1);
        assertThat(out())
                .contains(
                        file
                                + ": parameters[coat_weight].unit: unit 'kg' does not match"
                                + " coat_weight, which is measured in mg/cm2")
                .endsWith("1 violation(s) in 1 of 12 recipe file(s)" + System.lineSeparator());
    }

    @Test
    void validateUnparsableRecipeExitsOne() {
        int code = run("validate", "src/test/resources/invalid/wrong-type.yaml");

        assertThat(code).isEqualTo(1);
        assertThat(out())
                .contains(
                        "src/test/resources/invalid/wrong-type.yaml: parameters[1].target: wrong"
                                + " type");
    }

    @Test
    void validateFolderWithoutRecipesExitsOne() {
        int code = run("validate", temp.toString());

        assertThat(code).isEqualTo(1);
        assertThat(err()).contains("no recipe files");
    }

    @Test
    void diffPrintsTheChangesAndExitsZero() {
        int code =
                run(
                        "diff",
                        "library/LFP-280P/coating-cathode.yaml",
                        "library/LFP-280P/coating-cathode.v2.yaml");

        assertThat(code).isZero();
        assertThat(out())
                .startsWith("diff LFP-280P-COATING-CATHODE v1 → LFP-280P-COATING-CATHODE v2")
                .contains("~ parameters[coat_weight].target: 21.0 → 21.5 mg/cm2")
                .contains("~ parameters[dryer_zone_5_temp].target: 130.0 → 135.0 degC")
                .endsWith("15 change(s)" + System.lineSeparator());
    }

    @Test
    void diffOfARecipeWithItselfSaysNoDifferences() {
        int code = run("diff", "library/LFP-280P/aging.yaml", "library/LFP-280P/aging.yaml");

        assertThat(code).isZero();
        assertThat(out()).contains("no differences");
    }

    @Test
    void diffWithAnInvalidFileExitsOne() {
        int code =
                run(
                        "diff",
                        "library/LFP-280P/coating-cathode.yaml",
                        "src/test/resources/invalid/unknown-status.yaml");

        assertThat(code).isEqualTo(1);
        assertThat(out())
                .contains("unknown-status.yaml: header.status: unknown value 'RELEASED'")
                .contains("cannot diff");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "check library", "validate", "diff library/LFP-280P/aging.yaml"})
    void badUsageExitsTwoWithUsageOnStderr(String args) {
        int code = run(args.isEmpty() ? new String[0] : args.split(" "));

        assertThat(code).isEqualTo(2);
        assertThat(err()).contains("usage: recipes validate <file-or-dir>...");
        assertThat(out()).isEmpty();
    }

    @Test
    void missingFileIsAUsageError() {
        int code = run("validate", "library/NO-SUCH-DESIGN");

        assertThat(code).isEqualTo(2);
        assertThat(err()).contains("no such file or directory: library/NO-SUCH-DESIGN");
    }
}
