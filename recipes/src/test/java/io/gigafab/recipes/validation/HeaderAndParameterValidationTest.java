package io.gigafab.recipes.validation;

import static io.gigafab.recipes.ViolationAssert.assertHasViolation;
import static org.assertj.core.api.Assertions.assertThat;

import io.gigafab.events.EquipmentClass;
import io.gigafab.recipes.TestRecipes;
import io.gigafab.recipes.Violation;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HeaderAndParameterValidationTest {

    private static final String COATING = "LFP-280P/coating-cathode.yaml";
    private static final String WEB_SPEED_BLOCK =
            """
              - name: web_speed
                unit: m/min
                target: 45
                specLimits: {lower: 40, upper: 50}
                controlLimits: {lower: 42, upper: 48}
            """;

    @TempDir Path temp;

    @Test
    void validLibraryFileHasNoViolations() {
        Path file = TestRecipes.broken(temp, "unchanged.yaml", COATING);

        assertThat(TestRecipes.violations(file)).isEmpty();
    }

    @Test
    void missingRequiredParameterOfTheEquipmentClass() {
        Path file = TestRecipes.broken(temp, "no-web-speed.yaml", COATING, WEB_SPEED_BLOCK, "");

        assertHasViolation(
                TestRecipes.violations(file),
                file,
                "parameters[web_speed]",
                "required parameter 'web_speed' (m/min) for COATER is missing");
    }

    @Test
    void requiredParametersDifferPerEquipmentClass() {
        Path file =
                TestRecipes.broken(
                        temp,
                        "calender-without-gap.yaml",
                        "LFP-280P/calendering-cathode.yaml",
                        "- name: roll_gap",
                        "- name: roll_clearance");

        List<Violation> violations = TestRecipes.violations(file);

        assertHasViolation(
                violations,
                file,
                "parameters[roll_gap]",
                "required parameter 'roll_gap' (um) for CALENDER is missing");
        assertHasViolation(
                violations,
                file,
                "procedure[2].gap",
                "refers to parameter 'roll_gap', which the recipe does not define");
    }

    @Test
    void targetOutsideSpecLimits() {
        Path file =
                TestRecipes.broken(
                        temp, "coat-weight-35.yaml", COATING, "target: 21.0", "target: 35.0");

        assertHasViolation(
                TestRecipes.violations(file),
                file,
                "parameters[coat_weight].target",
                "target 35.0 mg/cm2 is outside spec limits [20.58, 21.42]");
    }

    @Test
    void controlLimitsOutsideSpecLimits() {
        Path file =
                TestRecipes.broken(
                        temp,
                        "control-wider-than-spec.yaml",
                        COATING,
                        "controlLimits: {lower: 20.79, upper: 21.21}",
                        "controlLimits: {lower: 20.79, upper: 21.6}");

        assertHasViolation(
                TestRecipes.violations(file),
                file,
                "parameters[coat_weight].controlLimits",
                "control limits [20.79, 21.6] must lie inside spec limits [20.58, 21.42]");
    }

    @Test
    void controlLimitsInverted() {
        Path file =
                TestRecipes.broken(
                        temp,
                        "control-inverted.yaml",
                        COATING,
                        "controlLimits: {lower: 20.79, upper: 21.21}",
                        "controlLimits: {lower: 21.21, upper: 20.79}");

        assertHasViolation(
                TestRecipes.violations(file),
                file,
                "parameters[coat_weight].controlLimits",
                "control limits [21.21, 20.79] are inverted: lower is above upper");
    }

    @Test
    void specLimitsInvertedOrMissing() {
        Path file =
                TestRecipes.broken(
                        temp,
                        "spec-broken.yaml",
                        COATING,
                        "specLimits: {lower: 40, upper: 50}",
                        "specLimits: {lower: 50, upper: 40}",
                        "\n    specLimits: {lower: 114, upper: 126}",
                        "");

        List<Violation> violations = TestRecipes.violations(file);

        assertHasViolation(violations, file, "parameters[web_speed].specLimits", "are inverted");
        assertHasViolation(
                violations, file, "parameters[dry_thickness].specLimits", "missing spec limits");
    }

    @Test
    void unitMismatchIsRejected() {
        Path file =
                TestRecipes.broken(
                        temp, "coat-weight-in-kg.yaml", COATING, "unit: mg/cm2", "unit: kg");

        assertHasViolation(
                TestRecipes.violations(file),
                file,
                "parameters[coat_weight].unit",
                "unit 'kg' does not match coat_weight, which is measured in mg/cm2");
    }

    @Test
    void dryerZoneTemperaturesAreInDegreesCelsius() {
        Path file =
                TestRecipes.broken(
                        temp,
                        "zone-in-fahrenheit.yaml",
                        COATING,
                        "  - name: dryer_zone_3_temp\n    unit: degC",
                        "  - name: dryer_zone_3_temp\n    unit: degF");

        assertHasViolation(
                TestRecipes.violations(file),
                file,
                "parameters[dryer_zone_3_temp].unit",
                "unit 'degF' does not match dryer_zone_3_temp, which is measured in degC");
    }

    @Test
    void parameterDefinedTwice() {
        Path file =
                TestRecipes.broken(
                        temp,
                        "two-widths.yaml",
                        COATING,
                        "- name: dry_thickness",
                        "- name: coating_width");

        assertHasViolation(
                TestRecipes.violations(file),
                file,
                "parameters[coating_width]",
                "parameter 'coating_width' is defined twice");
    }

    @Test
    void missingRecipeId() {
        Path file =
                TestRecipes.broken(
                        temp, "no-id.yaml", COATING, "  id: LFP-280P-COATING-CATHODE\n", "");

        assertHasViolation(TestRecipes.violations(file), file, "header.id", "missing recipe id");
    }

    @Test
    void recipeIdMustBeUpperCaseWords() {
        Path file =
                TestRecipes.broken(
                        temp,
                        "lower-case-id.yaml",
                        COATING,
                        "id: LFP-280P-COATING-CATHODE",
                        "id: lfp coating");

        assertHasViolation(
                TestRecipes.violations(file), file, "header.id", "recipe id 'lfp coating' must be");
    }

    @Test
    void versionBelowOne() {
        Path file = TestRecipes.broken(temp, "version-0.yaml", COATING, "version: 1", "version: 0");

        assertHasViolation(
                TestRecipes.violations(file),
                file,
                "header.version",
                "version 0 must be 1 or more");
    }

    @Test
    void missingVersionStatusAndEquipmentClass() {
        Path file =
                TestRecipes.broken(
                        temp,
                        "bare-header.yaml",
                        COATING,
                        "  version: 1\n  status: APPROVED\n  equipmentClass: COATER\n",
                        "");

        List<Violation> violations = TestRecipes.violations(file);

        assertHasViolation(violations, file, "header.version", "missing version");
        assertHasViolation(violations, file, "header.status", "missing status");
        assertHasViolation(violations, file, "header.equipmentClass", "missing equipment class");
    }

    @Test
    void approvedRecipeNeedsApprovalDateAfterCreation() {
        Path file =
                TestRecipes.broken(
                        temp,
                        "approved-before-created.yaml",
                        COATING,
                        "approvedAt: 2025-02-10T14:30:00Z",
                        "approvedAt: 2025-01-10T14:30:00Z");

        assertHasViolation(
                TestRecipes.violations(file),
                file,
                "header.approvedAt",
                "approvedAt 2025-01-10T14:30:00Z is before createdAt 2025-02-03T09:15:00Z");
    }

    @Test
    void draftMustNotCarryAnApprovalAndApprovedNeedsOne() {
        Path draft =
                TestRecipes.broken(
                        temp, "draft-approved.yaml", COATING, "status: APPROVED", "status: DRAFT");
        Path approved =
                TestRecipes.broken(
                        temp,
                        "approved-undated.yaml",
                        COATING,
                        "  approvedAt: 2025-02-10T14:30:00Z\n",
                        "");

        assertHasViolation(
                TestRecipes.violations(draft), draft, "header.approvedAt", "must not carry");
        assertHasViolation(
                TestRecipes.violations(approved),
                approved,
                "header.approvedAt",
                "an APPROVED recipe needs approvedAt");
    }

    @Test
    void productChecks() {
        Path file =
                TestRecipes.broken(
                        temp,
                        "bad-product.yaml",
                        COATING,
                        "nominalCapacityAh: 280",
                        "nominalCapacityAh: 0",
                        "nominalVoltageV: 3.2",
                        "nominalVoltageV: 3.7");

        List<Violation> violations = TestRecipes.violations(file);

        assertHasViolation(
                violations, file, "header.product.nominalCapacityAh", "must be a positive number");
        assertHasViolation(
                violations,
                file,
                "header.product.nominalVoltageV",
                "nominal voltage 3.7 V is outside the LFP window 2.5–3.65 V");
    }

    @Test
    void equipmentClassWithoutRulesIsValidatedGenerically() {
        Path file =
                TestRecipes.write(
                        temp,
                        "notching.yaml",
                        """
                        header:
                          id: LFP-280P-NOTCHING-CATHODE
                          name: LFP-280P cathode notching
                          version: 1
                          status: DRAFT
                          equipmentClass: NOTCHER
                          product: {designId: LFP-280P, chemistry: LFP, format: PRISMATIC,
                            nominalCapacityAh: 280, nominalVoltageV: 3.2}
                          author: j.lindqvist
                          createdAt: 2025-03-01T08:00:00Z
                        parameters:
                          - name: web_speed
                            unit: m/min
                            target: 60
                            specLimits: {lower: 50, upper: 70}
                          - name: burr_height
                            unit: um
                            target: 4
                            specLimits: {upper: 10}
                          - name: tab_width
                            unit: mm
                            target: 30.0
                            specLimits: {lower: 29.8, upper: 30.2}
                        procedure:
                          - name: tab-camera
                            type: INSPECT
                            sampleInterval: {value: 5, unit: m}
                        """);

        List<Violation> violations = TestRecipes.violations(file);

        assertThat(ParameterCatalog.requiredFor(EquipmentClass.NOTCHER)).isEmpty();
        assertThat(violations)
                .containsExactly(
                        new Violation(
                                file.toString(),
                                "procedure[0].type",
                                "step type INSPECT does not run on NOTCHER equipment (runs on"
                                        + " [COATER, CALENDER, SLITTER])"));
    }
}
