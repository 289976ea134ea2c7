package io.gigafab.recipes.validation;

import io.gigafab.events.EquipmentClass;
import io.gigafab.recipes.Quantity;
import io.gigafab.recipes.Recipe;
import io.gigafab.recipes.SettingSpec;
import io.gigafab.recipes.Step;
import io.gigafab.recipes.StepType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/** Each step on its own: name, type, equipment and settings (known, complete, right units). */
final class ProcedureRules implements RecipeRule {

    @Override
    public void check(Recipe recipe, Findings findings) {
        List<Step> steps = recipe.procedure();
        if (steps.isEmpty()) {
            findings.add("procedure", "empty procedure: a recipe needs at least one step");
            return;
        }
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < steps.size(); i++) {
            Step step = steps.get(i);
            String path = Findings.stepPath(i);
            if (step == null) {
                findings.add(path, "empty step entry");
                continue;
            }
            checkName(step, path, seen, i, findings);
            checkType(step, recipe, path, findings);
            if (step.type() != null) {
                new StepSettings(recipe, step, path, findings).check();
            }
        }
    }

    private void checkName(
            Step step, String path, Map<String, Integer> seen, int index, Findings findings) {
        if (step.name() == null || step.name().isBlank()) {
            findings.add(path + ".name", "missing step name");
            return;
        }
        Integer first = seen.putIfAbsent(step.name(), index);
        if (first != null) {
            findings.add(
                    path + ".name",
                    "duplicate step name '"
                            + step.name()
                            + "': also used by "
                            + Findings.stepPath(first));
        }
    }

    private void checkType(Step step, Recipe recipe, String path, Findings findings) {
        if (step.type() == null) {
            findings.add(path + ".type", "missing step type");
            return;
        }
        EquipmentClass equipment =
                recipe.header() == null ? null : recipe.header().equipmentClass();
        if (equipment != null && !step.type().runsOn(equipment)) {
            findings.add(
                    path + ".type",
                    "step type "
                            + step.type()
                            + " does not run on "
                            + equipment
                            + " equipment (runs on "
                            + new TreeSet<>(step.type().equipment())
                            + ")");
        }
    }

    /** The settings of one step against the specs of its type. */
    private record StepSettings(Recipe recipe, Step step, String path, Findings findings) {

        void check() {
            StepType type = step.type();
            for (SettingSpec spec : type.settings()) {
                if (spec.required() && !step.settings().containsKey(spec.name())) {
                    findings.add(
                            path + "." + spec.name(),
                            step.label()
                                    + " needs setting '"
                                    + spec.name()
                                    + "' in "
                                    + units(spec));
                }
            }
            step.settings().forEach(this::checkSetting);
        }

        private void checkSetting(String key, Quantity setting) {
            String settingPath = path + "." + key;
            Optional<SettingSpec> spec = step.type().setting(key);
            if (spec.isEmpty()) {
                findings.add(settingPath, "unknown setting '" + key + "' for " + knownSettings());
            } else if (setting == null) {
                findings.add(settingPath, "empty setting: give {value, unit} or {parameter}");
            } else if (setting.isReference()) {
                checkReference(spec.get(), setting, settingPath);
            } else {
                checkLiteral(spec.get(), setting, settingPath);
            }
        }

        private void checkReference(SettingSpec spec, Quantity setting, String settingPath) {
            if (setting.value() != null || setting.unit() != null) {
                findings.add(settingPath, "give either value and unit or parameter, not both");
            }
            Optional<Quantity> resolved = recipe.resolve(setting);
            if (resolved.isEmpty()) {
                findings.add(
                        settingPath,
                        "refers to parameter '"
                                + setting.parameter()
                                + "', which the recipe does not define");
            } else {
                checkValue(spec, resolved.get(), settingPath);
            }
        }

        private void checkLiteral(SettingSpec spec, Quantity setting, String settingPath) {
            if (setting.value() == null) {
                findings.add(settingPath + ".value", "missing value");
            }
            if (setting.unit() == null) {
                findings.add(settingPath + ".unit", "missing unit, expected " + units(spec));
                return;
            }
            checkValue(spec, setting, settingPath);
        }

        private void checkValue(SettingSpec spec, Quantity quantity, String settingPath) {
            if (quantity.unit() == null) {
                findings.add(settingPath, spec.name() + " has no unit, expected " + units(spec));
            } else if (!spec.kind().units().contains(quantity.unit())) {
                findings.add(
                        settingPath,
                        "unit '"
                                + quantity.unit()
                                + "' does not fit "
                                + spec.name()
                                + ", expected "
                                + units(spec));
            } else if (spec.kind().mustBePositive()
                    && quantity.value() != null
                    && quantity.value() <= 0) {
                findings.add(
                        settingPath,
                        step.label()
                                + " has non-positive "
                                + spec.name()
                                + " "
                                + quantity
                                + ": it must be greater than zero");
            }
        }

        private String knownSettings() {
            return step.type()
                    + " (known: "
                    + step.type().settings().stream().map(SettingSpec::name).toList()
                    + ")";
        }

        private static String units(SettingSpec spec) {
            return String.join(" or ", new TreeSet<>(spec.kind().units()));
        }
    }
}
