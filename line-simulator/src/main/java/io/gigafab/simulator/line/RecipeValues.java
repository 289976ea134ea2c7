package io.gigafab.simulator.line;

import io.gigafab.recipes.Limits;
import io.gigafab.recipes.Parameter;
import io.gigafab.recipes.Recipe;
import io.gigafab.recipes.Step;
import io.gigafab.recipes.StepType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/** Reads the numbers the simulator needs out of one approved recipe, naming what is missing. */
final class RecipeValues {

    private final Recipe recipe;
    private final Map<String, Parameter> parameters = new HashMap<>();

    RecipeValues(Recipe recipe) {
        this.recipe = recipe;
        recipe.parameters().forEach(p -> parameters.put(p.name(), p));
    }

    Recipe recipe() {
        return recipe;
    }

    String id() {
        return recipe.header().id();
    }

    double target(String parameter) {
        return parameter(parameter).target();
    }

    double lower(String parameter, double fallback) {
        Limits spec = parameter(parameter).specLimits();
        return spec == null || spec.lower() == null ? fallback : spec.lower();
    }

    double upper(String parameter, double fallback) {
        Limits spec = parameter(parameter).specLimits();
        return spec == null || spec.upper() == null ? fallback : spec.upper();
    }

    boolean has(String parameter) {
        return parameters.containsKey(parameter);
    }

    /** Targets of {@code dryer_zone_1_temp}, {@code dryer_zone_2_temp}, … in zone order. */
    List<Double> dryerZones() {
        return IntStream.rangeClosed(1, 12)
                .mapToObj(zone -> "dryer_zone_" + zone + "_temp")
                .takeWhile(this::has)
                .map(this::target)
                .toList();
    }

    /** The highest charge voltage any step of the procedure drives the cell to. */
    double highestChargeVoltage() {
        return recipe.procedure().stream()
                .filter(s -> s.type() == StepType.CC_CHARGE || s.type() == StepType.CV_CHARGE)
                .mapToDouble(this::chargeVoltage)
                .max()
                .orElseThrow(() -> new IllegalStateException(id() + " has no charge step"));
    }

    /** The charge current of the first CC charge step, as a C-rate. */
    double chargeCRate() {
        return recipe.procedure().stream()
                .filter(s -> s.type() == StepType.CC_CHARGE)
                .map(s -> recipe.resolve(s.setting("current")).orElseThrow())
                .filter(q -> "C".equals(q.unit()))
                .mapToDouble(q -> q.value())
                .max()
                .orElse(0.1);
    }

    private double chargeVoltage(Step step) {
        String key = step.type() == StepType.CC_CHARGE ? "cutoffVoltage" : "voltage";
        return recipe.resolve(step.setting(key)).map(q -> q.value()).orElse(0.0);
    }

    private Parameter parameter(String name) {
        Parameter parameter = parameters.get(name);
        if (parameter == null) {
            throw new IllegalStateException("recipe " + id() + " has no parameter " + name);
        }
        if (parameter.target() == null) {
            throw new IllegalStateException("recipe " + id() + ": " + name + " has no target");
        }
        return parameter;
    }
}
