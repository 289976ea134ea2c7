package io.gigafab.recipes.validation;

import static io.gigafab.recipes.StepType.CC_CHARGE;
import static io.gigafab.recipes.StepType.CV_CHARGE;

import io.gigafab.recipes.CellDesign;
import io.gigafab.recipes.Chemistry;
import io.gigafab.recipes.Quantity;
import io.gigafab.recipes.Range;
import io.gigafab.recipes.Recipe;
import io.gigafab.recipes.SettingKind;
import io.gigafab.recipes.SettingSpec;
import io.gigafab.recipes.Step;
import java.util.List;
import java.util.Optional;

/**
 * Electrical steps: every cell voltage lies in the chemistry's window, and the sequence of charge
 * and discharge steps is one a cell can follow — a CC charge goes up from where the cell is, a CV
 * charge holds the voltage a CC charge just reached and stops below its current, a discharge goes
 * down.
 */
final class VoltageRules implements RecipeRule {

    /** Two voltages closer than this are the same set point. */
    static final double SAME_VOLTAGE_V = 0.0005;

    @Override
    public void check(Recipe recipe, Findings findings) {
        CellDesign product = recipe.header() == null ? null : recipe.header().product();
        Chemistry chemistry = product == null ? null : product.chemistry();
        List<Step> steps = recipe.procedure();
        for (int i = 0; i < steps.size(); i++) {
            Step step = steps.get(i);
            if (step != null && step.type() != null && chemistry != null) {
                checkWindow(recipe, step, i, chemistry, findings);
            }
        }
        new VoltageTrace(recipe, findings).follow();
    }

    private void checkWindow(
            Recipe recipe, Step step, int index, Chemistry chemistry, Findings findings) {
        Range window = chemistry.voltageWindowV();
        for (SettingSpec spec : step.type().settings()) {
            if (spec.kind() != SettingKind.CELL_VOLTAGE) {
                continue;
            }
            Optional<Double> volts = volts(recipe, step.setting(spec.name()));
            if (volts.isEmpty() || window.contains(volts.get())) {
                continue;
            }
            boolean above = volts.get() > window.upper();
            findings.add(
                    Findings.stepPath(index) + "." + spec.name(),
                    step.label()
                            + " "
                            + spec.name()
                            + " "
                            + volts.get()
                            + " V is "
                            + (above ? "above" : "below")
                            + " the "
                            + chemistry
                            + (above ? " upper" : " lower")
                            + " limit "
                            + (above ? window.upper() : window.lower())
                            + " V (window "
                            + window
                            + " V)");
        }
    }

    /** A voltage setting in V, if it is complete and written in volts. */
    static Optional<Double> volts(Recipe recipe, Quantity setting) {
        return recipe.resolve(setting)
                .filter(q -> q.value() != null && "V".equals(q.unit()))
                .map(Quantity::value);
    }

    /** A current setting in A; C-rates are converted with the nominal capacity. */
    static Optional<Double> amps(Recipe recipe, Quantity setting) {
        Optional<Quantity> current = recipe.resolve(setting).filter(q -> q.value() != null);
        if (current.isEmpty()) {
            return Optional.empty();
        }
        Quantity q = current.get();
        if ("A".equals(q.unit())) {
            return Optional.of(q.value());
        }
        CellDesign product = recipe.header() == null ? null : recipe.header().product();
        if ("C".equals(q.unit()) && product != null && product.nominalCapacityAh() != null) {
            return Optional.of(q.value() * product.nominalCapacityAh());
        }
        return Optional.empty();
    }

    static boolean isCharge(Step step) {
        return step.type() == CC_CHARGE || step.type() == CV_CHARGE;
    }
}
