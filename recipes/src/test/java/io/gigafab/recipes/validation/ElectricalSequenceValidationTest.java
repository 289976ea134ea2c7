package io.gigafab.recipes.validation;

import static io.gigafab.recipes.ViolationAssert.assertHasViolation;

import io.gigafab.recipes.TestRecipes;
import io.gigafab.recipes.Violation;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Charge and discharge steps: order, cut-offs and the chemistry voltage window. LFP formation
 * steps: 0 wetting-rest, 1 precharge, 2 charge, 3 cv-hold, 4 rest-after-charge, 5
 * capacity-discharge.
 */
class ElectricalSequenceValidationTest {

    private static final String FORMATION = "LFP-280P/formation.yaml";

    @TempDir Path temp;

    @Test
    void cvChargeWithoutPrecedingCcChargeToItsVoltage() {
        Path file =
                TestRecipes.broken(
                        temp,
                        "cv-at-other-voltage.yaml",
                        FORMATION,
                        "voltage: {value: 3.65, unit: V}\n    cutoffCurrent",
                        "voltage: {value: 3.6, unit: V}\n    cutoffCurrent");

        assertHasViolation(
                TestRecipes.violations(file),
                file,
                "procedure[3].voltage",
                "CV_CHARGE 'cv-hold' at 3.6 V needs a preceding CC_CHARGE to 3.6 V",
                "before it: CC_CHARGE 'charge'");
    }

    @Test
    void cvChargeAsFirstStep() {
        String yaml = TestRecipes.text(FORMATION);
        int cv = yaml.indexOf("  - name: cv-hold");
        int rest = yaml.indexOf("  - name: rest-after-charge");
        String cvStep = yaml.substring(cv, rest);
        yaml = yaml.substring(0, cv) + yaml.substring(rest);
        yaml = TestRecipes.replace(yaml, "procedure:\n", "procedure:\n" + cvStep);
        Path file = TestRecipes.write(temp, "cv-first.yaml", yaml);

        assertHasViolation(
                TestRecipes.violations(file),
                file,
                "procedure[0].voltage",
                "needs a preceding CC_CHARGE to 3.65 V (before it: nothing, it is the first step)");
    }

    @Test
    void ccChargeCutoffBelowTheVoltageAlreadyReached() {
        Path file =
                TestRecipes.broken(
                        temp,
                        "charge-going-down.yaml",
                        FORMATION,
                        "cutoffVoltage: {value: 3.65, unit: V}",
                        "cutoffVoltage: {value: 3.35, unit: V}");

        assertHasViolation(
                TestRecipes.violations(file),
                file,
                "procedure[2].cutoffVoltage",
                "CC_CHARGE 'charge' cut-off 3.35 V is not above the 3.4 V the cell is already at"
                        + " after CC_CHARGE 'precharge'");
    }

    @Test
    void dischargeCutoffAboveTheVoltageReached() {
        Path file =
                TestRecipes.broken(
                        temp,
                        "discharge-going-up.yaml",
                        FORMATION,
                        "cutoffVoltage: {value: 2.5, unit: V}",
                        "cutoffVoltage: {value: 3.65, unit: V}");

        assertHasViolation(
                TestRecipes.violations(file),
                file,
                "procedure[5].cutoffVoltage",
                "CC_DISCHARGE 'capacity-discharge' cut-off 3.65 V is not below");
    }

    @Test
    void cvCutoffCurrentMustBeBelowTheChargeCurrent() {
        Path file =
                TestRecipes.broken(
                        temp,
                        "cv-cutoff-too-high.yaml",
                        FORMATION,
                        "cutoffCurrent: {value: 0.02, unit: C}",
                        "cutoffCurrent: {value: 30, unit: A}");

        assertHasViolation(
                TestRecipes.violations(file),
                file,
                "procedure[3].cutoffCurrent",
                "cut-off current 30.0 A is not below the charge current 0.1 C");
    }

    @Test
    void voltageAboveTheChemistryWindow() {
        Path file =
                TestRecipes.broken(
                        temp,
                        "nmc-to-4v3.yaml",
                        "NMC811-60P/formation.yaml",
                        "cutoffVoltage: {value: 4.2, unit: V}",
                        "cutoffVoltage: {value: 4.3, unit: V}",
                        "voltage: {value: 4.2, unit: V}\n    cutoffCurrent",
                        "voltage: {value: 4.3, unit: V}\n    cutoffCurrent");

        List<Violation> violations = TestRecipes.violations(file);

        assertHasViolation(
                violations,
                file,
                "procedure[4].cutoffVoltage",
                "CC_CHARGE 'charge' cutoffVoltage 4.3 V is above the NMC811 upper limit 4.2 V");
        assertHasViolation(
                violations, file, "procedure[5].voltage", "4.3 V is above the NMC811 upper limit");
    }

    @Test
    void voltageBelowTheChemistryWindow() {
        Path file =
                TestRecipes.broken(
                        temp,
                        "lfp-to-2v0.yaml",
                        FORMATION,
                        "cutoffVoltage: {value: 2.5, unit: V}",
                        "cutoffVoltage: {value: 2.0, unit: V}");

        assertHasViolation(
                TestRecipes.violations(file),
                file,
                "procedure[5].cutoffVoltage",
                "2.0 V is below the LFP lower limit 2.5 V (window 2.5–3.65 V)");
    }

    @Test
    void formationNeedsAChargeStep() {
        String yaml = TestRecipes.text(FORMATION).replace("type: CC_CHARGE", "type: REST");
        Path file = TestRecipes.write(temp, "formation-without-charge.yaml", yaml);

        assertHasViolation(
                TestRecipes.violations(file),
                file,
                "procedure",
                "a FORMATION procedure needs a charge step (CC_CHARGE)");
    }
}
