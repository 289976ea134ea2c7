package io.gigafab.recipes.validation;

import io.gigafab.events.EquipmentClass;
import io.gigafab.recipes.Limits;
import io.gigafab.recipes.Parameter;
import io.gigafab.recipes.Recipe;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Required parameters per equipment class, units, targets and limits. */
final class ParameterRules implements RecipeRule {

    @Override
    public void check(Recipe recipe, Findings findings) {
        List<Parameter> parameters = recipe.parameters();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < parameters.size(); i++) {
            Parameter parameter = parameters.get(i);
            String path = Findings.parameterPath(parameter == null ? null : parameter.name(), i);
            if (parameter == null) {
                findings.add(path, "empty parameter entry");
                continue;
            }
            if (parameter.name() == null || parameter.name().isBlank()) {
                findings.add(path + ".name", "missing parameter name");
            } else if (!names.add(parameter.name())) {
                findings.add(path, "parameter '" + parameter.name() + "' is defined twice");
            }
            checkUnit(parameter, path, findings);
            checkTarget(parameter, path, findings);
            checkControlLimits(parameter, path, findings);
        }
        checkRequired(recipe, findings);
    }

    private void checkRequired(Recipe recipe, Findings findings) {
        if (recipe.header() == null || recipe.header().equipmentClass() == null) {
            return;
        }
        EquipmentClass equipment = recipe.header().equipmentClass();
        for (String required : ParameterCatalog.requiredFor(equipment)) {
            if (recipe.parameter(required).isEmpty()) {
                String unit = ParameterCatalog.expectedUnit(required).orElse("?");
                findings.add(
                        Findings.parameterPath(required, -1),
                        "required parameter '"
                                + required
                                + "' ("
                                + unit
                                + ") for "
                                + equipment
                                + " is missing");
            }
        }
    }

    private void checkUnit(Parameter parameter, String path, Findings findings) {
        Optional<String> expected = ParameterCatalog.expectedUnit(parameter.name());
        if (parameter.unit() == null || parameter.unit().isBlank()) {
            findings.add(
                    path + ".unit",
                    "missing unit" + expected.map(u -> " (expected " + u + ")").orElse(""));
        } else if (expected.isPresent() && !expected.get().equals(parameter.unit())) {
            findings.add(
                    path + ".unit",
                    "unit '"
                            + parameter.unit()
                            + "' does not match "
                            + parameter.name()
                            + ", which is measured in "
                            + expected.get());
        }
    }

    private void checkTarget(Parameter parameter, String path, Findings findings) {
        Limits spec = parameter.specLimits();
        if (spec == null || !spec.hasBound()) {
            findings.add(path + ".specLimits", "missing spec limits (lower and/or upper)");
        } else if (isInverted(spec)) {
            findings.add(
                    path + ".specLimits",
                    "spec limits " + spec + " are inverted: lower is above upper");
        }
        if (parameter.target() == null) {
            findings.add(path + ".target", "missing target");
        } else if (spec != null && !spec.contains(parameter.target())) {
            findings.add(
                    path + ".target",
                    "target "
                            + parameter.target()
                            + " "
                            + parameter.unit()
                            + " is outside spec limits "
                            + spec);
        }
    }

    private void checkControlLimits(Parameter parameter, String path, Findings findings) {
        Limits control = parameter.controlLimits();
        if (control == null) {
            return;
        }
        if (!control.hasBound()) {
            findings.add(path + ".controlLimits", "control limits have neither lower nor upper");
        } else if (isInverted(control)) {
            findings.add(
                    path + ".controlLimits",
                    "control limits " + control + " are inverted: lower is above upper");
        } else if (parameter.specLimits() != null && !control.isInside(parameter.specLimits())) {
            findings.add(
                    path + ".controlLimits",
                    "control limits "
                            + control
                            + " must lie inside spec limits "
                            + parameter.specLimits());
        }
    }

    private static boolean isInverted(Limits limits) {
        return limits.lower() != null && limits.upper() != null && limits.lower() > limits.upper();
    }
}
