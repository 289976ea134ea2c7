package io.gigafab.recipes.validation;

import static io.gigafab.recipes.ViolationAssert.assertHasViolation;
import static org.assertj.core.api.Assertions.assertThat;

import io.gigafab.recipes.TestRecipes;
import io.gigafab.recipes.Violation;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Steps one by one and the step order each equipment class needs. */
class ProcedureValidationTest {

    private static final String FORMATION = "LFP-280P/formation.yaml";
    private static final String COATING = "LFP-280P/coating-cathode.yaml";

    @TempDir Path temp;

    @Test
    void emptyProcedure() {
        String yaml = TestRecipes.text(FORMATION);
        yaml = yaml.substring(0, yaml.indexOf("procedure:")) + "procedure: []\n";
        Path file = TestRecipes.write(temp, "no-steps.yaml", yaml);

        List<Violation> violations = TestRecipes.violations(file);

        assertHasViolation(violations, file, "procedure", "empty procedure");
    }

    @Test
    void duplicateStepNames() {
        Path file =
                TestRecipes.broken(
                        temp,
                        "duplicate-rest.yaml",
                        FORMATION,
                        "- name: rest-after-discharge",
                        "- name: rest-after-charge");

        assertHasViolation(
                TestRecipes.violations(file),
                file,
                "procedure[6].name",
                "duplicate step name 'rest-after-charge': also used by procedure[4]");
    }

    @Test
    void restWithNonPositiveDuration() {
        Path file =
                TestRecipes.broken(
                        temp,
                        "zero-rest.yaml",
                        FORMATION,
                        "duration: {value: 2, unit: h}",
                        "duration: {value: 0, unit: h}");

        assertHasViolation(
                TestRecipes.violations(file),
                file,
                "procedure[0].duration",
                "REST 'wetting-rest' has non-positive duration 0.0 h");
    }

    @Test
    void stepSettingInTheWrongUnit() {
        Path file =
                TestRecipes.broken(
                        temp,
                        "millivolts.yaml",
                        FORMATION,
                        "cutoffVoltage: {value: 3.4, unit: V}",
                        "cutoffVoltage: {value: 3400, unit: mV}");

        assertHasViolation(
                TestRecipes.violations(file),
                file,
                "procedure[1].cutoffVoltage",
                "unit 'mV' does not fit cutoffVoltage, expected V");
    }

    @Test
    void missingAndUnknownSettings() {
        Path file =
                TestRecipes.broken(
                        temp,
                        "settings.yaml",
                        FORMATION,
                        "    current: {value: 0.05, unit: C}\n",
                        "    currant: {value: 0.05, unit: C}\n");

        List<Violation> violations = TestRecipes.violations(file);

        assertHasViolation(
                violations,
                file,
                "procedure[1].current",
                "CC_CHARGE 'precharge' needs setting 'current' in A or C");
        assertHasViolation(
                violations,
                file,
                "procedure[1].currant",
                "unknown setting 'currant' for CC_CHARGE");
    }

    @Test
    void stepTypeMustRunOnTheEquipment() {
        Path nmc =
                TestRecipes.broken(
                        temp,
                        "coat-in-nmc-formation.yaml",
                        "NMC811-60P/formation.yaml",
                        "type: DEGAS",
                        "type: COAT");

        assertHasViolation(
                TestRecipes.violations(nmc),
                nmc,
                "procedure[2].type",
                "step type COAT does not run on FORMATION equipment (runs on [COATER])");
    }

    @Test
    void coatMustBeDriedBeforeRewinding() {
        Path file =
                TestRecipes.broken(
                        temp,
                        "coat-without-dryer.yaml",
                        COATING,
                        "- name: dry-side-b\n    type: DRY",
                        "- name: dry-side-b\n    type: INSPECT");

        assertHasViolation(
                TestRecipes.violations(file),
                file,
                "procedure[3]",
                "COAT 'coat-side-b' must be followed by a DRY step");
    }

    @Test
    void rollToRollStartsWithUnwind() {
        Path file =
                TestRecipes.broken(
                        temp,
                        "no-unwind.yaml",
                        "LFP-280P/slitting-cathode.yaml",
                        "  - name: unwind\n    type: UNWIND\n    tension: {value: 200, unit: N}\n",
                        "");

        assertHasViolation(
                TestRecipes.violations(file),
                file,
                "procedure[0]",
                "the procedure must start with UNWIND, not SLIT 'slit'");
    }

    @Test
    void dryerZonesNeedTheirTemperatureParameters() {
        Path file =
                TestRecipes.broken(
                        temp,
                        "nine-zones.yaml",
                        COATING,
                        "- name: dry-side-a\n    type: DRY\n    zones: {value: 8, unit: count}",
                        "- name: dry-side-a\n    type: DRY\n    zones: {value: 9, unit: count}");

        assertHasViolation(
                TestRecipes.violations(file),
                file,
                "procedure[2].zones",
                "DRY 'dry-side-a' runs 9 zones but parameter 'dryer_zone_9_temp' (degC) is"
                        + " missing");
    }

    @Test
    void unknownParameterReference() {
        Path file =
                TestRecipes.broken(
                        temp,
                        "bad-reference.yaml",
                        "LFP-280P/filling.yaml",
                        "mass: {parameter: electrolyte_mass}",
                        "mass: {parameter: electrolyte_weight}");

        assertHasViolation(
                TestRecipes.violations(file),
                file,
                "procedure[1].mass",
                "refers to parameter 'electrolyte_weight', which the recipe does not define");
    }

    @Test
    void fillNeedsEvacuationFirstAndHipotNeedsAStack() {
        Path filling =
                TestRecipes.broken(
                        temp,
                        "fill-no-vacuum.yaml",
                        "LFP-280P/filling.yaml",
                        "type: EVACUATE",
                        "type: SOAK",
                        "    pressure: {parameter: fill_vacuum}\n",
                        "");
        String stack = TestRecipes.text("LFP-280P/stacking.yaml");
        int hipot = stack.indexOf("  - name: hipot");
        String hipotStep = stack.substring(hipot);
        stack =
                TestRecipes.replace(
                        stack.substring(0, hipot), "procedure:\n", "procedure:\n" + hipotStep);
        Path stacking = TestRecipes.write(temp, "hipot-first.yaml", stack);

        assertHasViolation(
                TestRecipes.violations(filling),
                filling,
                "procedure[1]",
                "FILL 'fill' needs an EVACUATE step before it");
        assertHasViolation(
                TestRecipes.violations(stacking),
                stacking,
                "procedure[0]",
                "HIPOT 'hipot' needs a STACK step before it");
    }

    @Test
    void agingNeedsOcvReadingsAroundTheAgeStep() {
        Path file =
                TestRecipes.broken(
                        temp,
                        "no-final-ocv.yaml",
                        "LFP-280P/aging.yaml",
                        "- name: ocv-2\n    type: OCV_MEASURE",
                        "- name: ocv-2\n    type: REST\n    duration: {value: 1, unit: h}");

        List<Violation> violations = TestRecipes.violations(file);

        assertHasViolation(
                violations,
                file,
                "procedure[4]",
                "AGE 'room-temp-age' needs an OCV_MEASURE step after it");
        assertThat(violations).noneMatch(v -> v.path().equals("procedure[1]"));
    }
}
