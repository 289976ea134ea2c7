package io.gigafab.recipes.validation;

import io.gigafab.recipes.Chemistry;
import io.gigafab.recipes.Parameter;
import io.gigafab.recipes.Range;
import io.gigafab.recipes.Recipe;
import java.util.List;

/**
 * Electrode parameters against the chemistry's facts: calendered density and coat weight per side
 * must be targeted inside the range of the electrode material.
 */
final class ChemistryRules implements RecipeRule {

    @Override
    public void check(Recipe recipe, Findings findings) {
        Chemistry chemistry = chemistry(recipe);
        List<Parameter> parameters = recipe.parameters();
        for (int i = 0; i < parameters.size(); i++) {
            Parameter parameter = parameters.get(i);
            if (parameter == null || !ParameterCatalog.isElectrodeSpecific(parameter.name())) {
                continue;
            }
            String path = Findings.parameterPath(parameter.name(), i);
            if (parameter.electrode() == null) {
                findings.add(
                        path + ".electrode",
                        parameter.name() + " needs the electrode (CATHODE or ANODE) it applies to");
            } else if (chemistry != null && hasExpectedUnit(parameter)) {
                checkRange(parameter, chemistry, path, findings);
            }
        }
    }

    private void checkRange(
            Parameter parameter, Chemistry chemistry, String path, Findings findings) {
        Chemistry.ElectrodeFacts facts = chemistry.electrode(parameter.electrode());
        boolean density = parameter.name().equals("target_density");
        Range range = density ? facts.densityGPerCm3() : facts.loadingMgPerCm2();
        if (parameter.target() != null && !range.contains(parameter.target())) {
            findings.add(
                    path + ".target",
                    (density ? "density target " : "coat weight target ")
                            + parameter.target()
                            + " "
                            + parameter.unit()
                            + " is outside the "
                            + chemistry
                            + " "
                            + parameter.electrode().name().toLowerCase()
                            + " range "
                            + range
                            + " "
                            + parameter.unit());
        }
    }

    private static boolean hasExpectedUnit(Parameter parameter) {
        return ParameterCatalog.expectedUnit(parameter.name())
                .map(unit -> unit.equals(parameter.unit()))
                .orElse(false);
    }

    private static Chemistry chemistry(Recipe recipe) {
        if (recipe.header() == null || recipe.header().product() == null) {
            return null;
        }
        return recipe.header().product().chemistry();
    }
}
