package io.gigafab.recipes.diff;

import static org.assertj.core.api.Assertions.assertThat;

import io.gigafab.recipes.Parameter;
import io.gigafab.recipes.Quantity;
import io.gigafab.recipes.Recipe;
import io.gigafab.recipes.RecipeLibrary;
import io.gigafab.recipes.Step;
import io.gigafab.recipes.StepType;
import io.gigafab.recipes.TestRecipes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RecipeDiffTest {

    private static final Recipe V1 = TestRecipes.read("LFP-280P/coating-cathode.yaml");
    private static final Recipe V2 = TestRecipes.read("LFP-280P/coating-cathode.v2.yaml");

    @Test
    void libraryVersionOneToTwoListsExactlyTheChangedFields() {
        RecipeDiff diff = RecipeDiff.between(V1, V2);

        assertThat(diff.paths())
                .containsExactly(
                        "header.version",
                        "header.status",
                        "header.createdAt",
                        "header.approvedAt",
                        "header.description",
                        "parameters[coat_weight].target",
                        "parameters[coat_weight].specLimits.lower",
                        "parameters[coat_weight].specLimits.upper",
                        "parameters[coat_weight].controlLimits.lower",
                        "parameters[coat_weight].controlLimits.upper",
                        "parameters[dryer_zone_5_temp].target",
                        "parameters[dryer_zone_5_temp].specLimits.lower",
                        "parameters[dryer_zone_5_temp].specLimits.upper",
                        "parameters[dryer_zone_5_temp].controlLimits.lower",
                        "parameters[dryer_zone_5_temp].controlLimits.upper");
    }

    @Test
    void changesRenderOneLineEachWithOldAndNewValue() {
        List<String> lines = RecipeDiff.between(V1, V2).lines();

        assertThat(lines)
                .contains(
                        "~ header.version: 1 → 2",
                        "~ header.status: APPROVED → IN_REVIEW",
                        "- header.approvedAt: 2025-02-10T14:30:00Z",
                        "~ parameters[coat_weight].target: 21.0 → 21.5 mg/cm2",
                        "~ parameters[dryer_zone_5_temp].target: 130.0 → 135.0 degC");
    }

    @Test
    void changesAreStructuredForTheMes() {
        Change target =
                RecipeDiff.between(V1, V2).changes().stream()
                        .filter(c -> c.path().equals("parameters[coat_weight].target"))
                        .findFirst()
                        .orElseThrow();

        assertThat(target)
                .isEqualTo(
                        new Change(
                                ChangeKind.CHANGED,
                                "parameters[coat_weight].target",
                                "21.0",
                                "21.5",
                                "mg/cm2"));
    }

    @Test
    void recipeComparedWithItselfHasNoChanges() {
        for (Recipe recipe : RecipeLibrary.loadFromDirectory(TestRecipes.LIBRARY).recipes()) {
            RecipeDiff diff = RecipeDiff.between(recipe, recipe);
            assertThat(diff.isEmpty()).as(recipe.key()).isTrue();
            assertThat(diff.lines()).isEmpty();
        }
    }

    @Test
    void parametersAddedRemovedAndUnitChanged() {
        List<Parameter> parameters = new ArrayList<>(V1.parameters());
        parameters.removeIf(p -> p.name().equals("residual_solvent"));
        Parameter speed = parameters.get(0);
        parameters.set(0, new Parameter(speed.name(), "m/s", 0.75, speed.specLimits(), null, null));
        parameters.add(new Parameter("slurry_viscosity", "mPa.s", 4500.0, null, null, null));
        Recipe changed = new Recipe(V1.header(), parameters, V1.procedure(), V1.grades());

        List<String> lines = RecipeDiff.between(V1, changed).lines();

        assertThat(lines)
                .containsExactly(
                        "~ parameters[web_speed].unit: m/min → m/s",
                        "~ parameters[web_speed].target: 45.0 → 0.75",
                        "- parameters[web_speed].controlLimits.lower: 42.0",
                        "- parameters[web_speed].controlLimits.upper: 48.0",
                        "- parameters[residual_solvent]: 200.0 ppm spec [–, 500.0] control [–,"
                                + " 350.0]",
                        "+ parameters[slurry_viscosity]: 4500.0 mPa.s");
    }

    @Test
    void stepsAddedRemovedChangedAndReordered() {
        List<Step> steps = new ArrayList<>(V1.procedure());
        Step gauge = steps.remove(5);
        steps.add(1, gauge);
        steps.removeIf(s -> s.name().equals("dry-side-b"));
        Map<String, Quantity> settings = new LinkedHashMap<>(steps.get(2).settings());
        settings.put("slotGap", Quantity.of(270, "um"));
        steps.set(2, new Step("coat-side-a", StepType.COAT, settings));
        steps.add(
                new Step(
                        "splice-check",
                        StepType.INSPECT,
                        Map.of("sampleInterval", Quantity.of(10, "m"))));
        Recipe changed = new Recipe(V1.header(), V1.parameters(), steps, V1.grades());

        List<String> lines = RecipeDiff.between(V1, changed).lines();

        assertThat(lines)
                .containsExactly(
                        "~ procedure[coat-side-a].slotGap: 260.0 → 270.0 um",
                        "- procedure[dry-side-b]: DRY {zones=8.0 count, airflow=12.0 m/s}",
                        "+ procedure[splice-check]: INSPECT {sampleInterval=10.0 m}",
                        "~ procedure.order: unwind, coat-side-a, dry-side-a, coat-side-b, gauge,"
                                + " rewind → unwind, gauge, coat-side-a, dry-side-a, coat-side-b,"
                                + " rewind");
    }

    @Test
    void gradeBinLimitsChanged() {
        Recipe v1 = TestRecipes.read("NMC811-60P/grading.yaml");
        String yaml =
                TestRecipes.replace(
                        TestRecipes.text("NMC811-60P/grading.yaml"),
                        "dcir: {lower: 0.8, upper: 1.2}",
                        "dcir: {lower: 0.8, upper: 1.15}");
        Recipe v2 = readYaml(yaml);

        assertThat(RecipeDiff.between(v1, v2).lines())
                .containsExactly("~ grades[A].criteria.dcir.upper: 1.2 → 1.15");
    }

    private static Recipe readYaml(String yaml) {
        try {
            return io.gigafab.recipes.yaml.RecipeYaml.read("changed.yaml", yaml);
        } catch (io.gigafab.recipes.yaml.RecipeFileException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }
}
