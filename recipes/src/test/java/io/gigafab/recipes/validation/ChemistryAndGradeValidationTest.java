package io.gigafab.recipes.validation;

import static io.gigafab.recipes.ViolationAssert.assertHasViolation;
import static org.assertj.core.api.Assertions.assertThat;

import io.gigafab.recipes.RecipeLibrary;
import io.gigafab.recipes.TestRecipes;
import io.gigafab.recipes.Violation;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChemistryAndGradeValidationTest {

    private static final String GRADING = "LFP-280P/grading.yaml";

    @TempDir Path temp;

    @Test
    void densityTargetOutsideTheChemistryRange() {
        Path file =
                TestRecipes.broken(
                        temp,
                        "lfp-density-2v9.yaml",
                        "LFP-280P/calendering-cathode.yaml",
                        "target: 2.35\n    specLimits: {lower: 2.3, upper: 2.4}",
                        "target: 2.9\n    specLimits: {lower: 2.8, upper: 3.0}",
                        "controlLimits: {lower: 2.32, upper: 2.38}",
                        "controlLimits: {lower: 2.85, upper: 2.95}");

        List<Violation> violations = TestRecipes.violations(file);

        assertThat(violations).hasSize(1);
        assertHasViolation(
                violations,
                file,
                "parameters[target_density].target",
                "density target 2.9 g/cm3 is outside the LFP cathode range 2.2–2.5 g/cm3");
    }

    @Test
    void densityIsCheckedAgainstTheNamedElectrode() {
        Path file =
                TestRecipes.broken(
                        temp,
                        "hard-carbon-as-graphite.yaml",
                        "NA-HC-150P/calendering-anode.yaml",
                        "electrode: ANODE",
                        "electrode: CATHODE");

        assertHasViolation(
                TestRecipes.violations(file),
                file,
                "parameters[target_density].target",
                "density target 1.0 g/cm3 is outside the NA_ION cathode range 2.8–3.4 g/cm3");
    }

    @Test
    void coatWeightOutsideTheChemistryLoadingRange() {
        Path file =
                TestRecipes.broken(
                        temp,
                        "graphite-too-thin.yaml",
                        "LFP-280P/coating-anode.yaml",
                        "target: 10.0\n    specLimits: {lower: 9.8, upper: 10.2}",
                        "target: 8.0\n    specLimits: {lower: 7.8, upper: 8.2}",
                        "controlLimits: {lower: 9.9, upper: 10.1}",
                        "controlLimits: {lower: 7.9, upper: 8.1}");

        assertHasViolation(
                TestRecipes.violations(file),
                file,
                "parameters[coat_weight].target",
                "coat weight target 8.0 mg/cm2 is outside the LFP anode range 10.0–15.0 mg/cm2");
    }

    @Test
    void electrodeParametersMustNameTheirElectrode() {
        Path file =
                TestRecipes.broken(
                        temp,
                        "no-electrode.yaml",
                        "LFP-280P/calendering-cathode.yaml",
                        "    electrode: CATHODE\n",
                        "");

        assertHasViolation(
                TestRecipes.violations(file),
                file,
                "parameters[target_density].electrode",
                "target_density needs the electrode (CATHODE or ANODE)");
    }

    @Test
    void graderNeedsGradeBins() {
        String yaml = TestRecipes.text(GRADING);
        yaml = yaml.substring(0, yaml.indexOf("grades:"));
        Path file = TestRecipes.write(temp, "no-grades.yaml", yaml);

        assertHasViolation(
                TestRecipes.violations(file),
                file,
                "grades",
                "a GRADER recipe needs at least one grade bin");
    }

    @Test
    void gradeCriteriaMustUseRecipeParametersAndOrderedLimits() {
        Path file =
                TestRecipes.broken(
                        temp,
                        "bad-grades.yaml",
                        GRADING,
                        "dcir: {lower: 0.15, upper: 0.3}",
                        "dcir: {lower: 0.3, upper: 0.15}",
                        "  - grade: C\n    criteria:\n      capacity:",
                        "  - grade: C\n    criteria:\n      energy:");

        List<Violation> violations = TestRecipes.violations(file);

        assertHasViolation(
                violations,
                file,
                "grades[A].criteria.dcir",
                "criterion limits [0.3, 0.15] are inverted");
        assertHasViolation(
                violations,
                file,
                "grades[C].criteria.energy",
                "criterion refers to parameter 'energy', which the recipe does not define");
    }

    @Test
    void duplicateVersionAndTwoApprovedVersionsInOneLibrary() {
        Path first = TestRecipes.broken(temp, "aging.yaml", "LFP-280P/aging.yaml");
        Path copy = TestRecipes.broken(temp, "aging-copy.yaml", "LFP-280P/aging.yaml");
        Path second =
                TestRecipes.broken(
                        temp, "aging-v2.yaml", "LFP-280P/aging.yaml", "version: 1", "version: 2");

        List<Violation> violations =
                RecipeLibrary.loadFromFiles(List.of(first, copy, second)).violations();

        assertHasViolation(
                violations,
                copy,
                "header.version",
                "recipe LFP-280P-AGING v1 is already defined in " + first);
        assertHasViolation(
                violations,
                second,
                "header.status",
                "recipe LFP-280P-AGING is also APPROVED in " + first);
    }
}
