package io.gigafab.recipes.validation;

import io.gigafab.events.EquipmentClass;
import io.gigafab.recipes.GradeBin;
import io.gigafab.recipes.Limits;
import io.gigafab.recipes.Recipe;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Grade bins: only on GRADER recipes, named once, with criteria on the recipe's parameters. */
final class GradeRules implements RecipeRule {

    @Override
    public void check(Recipe recipe, Findings findings) {
        EquipmentClass equipment =
                recipe.header() == null ? null : recipe.header().equipmentClass();
        List<GradeBin> grades = recipe.grades();
        if (equipment == EquipmentClass.GRADER && grades.isEmpty()) {
            findings.add("grades", "a GRADER recipe needs at least one grade bin");
        }
        if (equipment != null && equipment != EquipmentClass.GRADER && !grades.isEmpty()) {
            findings.add("grades", "grade bins only apply to GRADER recipes, not " + equipment);
        }
        Set<String> names = new HashSet<>();
        for (int i = 0; i < grades.size(); i++) {
            checkBin(recipe, grades.get(i), i, names, findings);
        }
    }

    private void checkBin(
            Recipe recipe, GradeBin bin, int index, Set<String> names, Findings findings) {
        if (bin == null || bin.grade() == null || bin.grade().isBlank()) {
            findings.add("grades[" + index + "].grade", "missing grade name");
            return;
        }
        String path = "grades[" + bin.grade() + "]";
        if (!names.add(bin.grade())) {
            findings.add(path, "grade '" + bin.grade() + "' is defined twice");
        }
        if (bin.criteria().isEmpty()) {
            findings.add(path + ".criteria", "grade '" + bin.grade() + "' has no criteria");
        }
        for (Map.Entry<String, Limits> criterion : bin.criteria().entrySet()) {
            checkCriterion(recipe, criterion, path + ".criteria." + criterion.getKey(), findings);
        }
    }

    private void checkCriterion(
            Recipe recipe, Map.Entry<String, Limits> criterion, String path, Findings findings) {
        if (recipe.parameter(criterion.getKey()).isEmpty()) {
            findings.add(
                    path,
                    "criterion refers to parameter '"
                            + criterion.getKey()
                            + "', which the recipe does not define");
        }
        Limits limits = criterion.getValue();
        if (limits == null || !limits.hasBound()) {
            findings.add(path, "criterion needs a lower and/or upper limit");
        } else if (limits.lower() != null
                && limits.upper() != null
                && limits.lower() > limits.upper()) {
            findings.add(
                    path, "criterion limits " + limits + " are inverted: lower is above upper");
        }
    }
}
