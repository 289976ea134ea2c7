package io.gigafab.recipes.validation;

import io.gigafab.recipes.Recipe;
import io.gigafab.recipes.Step;
import io.gigafab.recipes.StepType;
import java.util.List;
import java.util.Optional;

/**
 * Follows the cell voltage through the procedure. The voltage before the first electrical step is
 * unknown; after a CC step it is the cut-off, after a CV step its voltage. Rests, OCV readings and
 * pulses leave it where it was.
 */
final class VoltageTrace {

    private final Recipe recipe;
    private final Findings findings;
    private Double level;
    private String levelSource;

    VoltageTrace(Recipe recipe, Findings findings) {
        this.recipe = recipe;
        this.findings = findings;
    }

    void follow() {
        List<Step> steps = recipe.procedure();
        for (int i = 0; i < steps.size(); i++) {
            Step step = steps.get(i);
            if (step == null || step.type() == null) {
                continue;
            }
            Step previous = i > 0 ? steps.get(i - 1) : null;
            switch (step.type()) {
                case CC_CHARGE -> ccCharge(step, i);
                case CV_CHARGE -> cvCharge(step, previous, i);
                case CC_DISCHARGE -> ccDischarge(step, i);
                default -> {
                    // no change of the cell voltage
                }
            }
        }
    }

    private void ccCharge(Step step, int index) {
        Optional<Double> cutoff = VoltageRules.volts(recipe, step.setting("cutoffVoltage"));
        if (cutoff.isEmpty()) {
            return;
        }
        if (level != null && cutoff.get() <= level + VoltageRules.SAME_VOLTAGE_V) {
            findings.add(
                    Findings.stepPath(index) + ".cutoffVoltage",
                    step.label()
                            + " cut-off "
                            + cutoff.get()
                            + " V is not above the "
                            + level
                            + " V the cell is already at after "
                            + levelSource
                            + ": a charge must go up");
        }
        moveTo(cutoff.get(), step);
    }

    private void cvCharge(Step step, Step previous, int index) {
        Optional<Double> voltage = VoltageRules.volts(recipe, step.setting("voltage"));
        if (voltage.isEmpty()) {
            return;
        }
        boolean afterCharge = previous != null && VoltageRules.isCharge(previous);
        boolean sameVoltage =
                level != null && Math.abs(level - voltage.get()) <= VoltageRules.SAME_VOLTAGE_V;
        if (!afterCharge || !sameVoltage) {
            findings.add(
                    Findings.stepPath(index) + ".voltage",
                    step.label()
                            + " at "
                            + voltage.get()
                            + " V needs a preceding CC_CHARGE to "
                            + voltage.get()
                            + " V (before it: "
                            + describe(previous)
                            + ")");
        } else if (previous.type() == StepType.CC_CHARGE) {
            checkCutoffCurrent(step, previous, index);
        }
        moveTo(voltage.get(), step);
    }

    private void checkCutoffCurrent(Step cv, Step cc, int index) {
        Optional<Double> cutoff = VoltageRules.amps(recipe, cv.setting("cutoffCurrent"));
        Optional<Double> charge = VoltageRules.amps(recipe, cc.setting("current"));
        if (cutoff.isPresent() && charge.isPresent() && cutoff.get() >= charge.get()) {
            findings.add(
                    Findings.stepPath(index) + ".cutoffCurrent",
                    cv.label()
                            + " cut-off current "
                            + cv.setting("cutoffCurrent")
                            + " is not below the charge current "
                            + cc.setting("current")
                            + " of "
                            + cc.label()
                            + ": the CV phase would end at once");
        }
    }

    private void ccDischarge(Step step, int index) {
        Optional<Double> cutoff = VoltageRules.volts(recipe, step.setting("cutoffVoltage"));
        if (cutoff.isEmpty()) {
            return;
        }
        if (level != null && cutoff.get() >= level - VoltageRules.SAME_VOLTAGE_V) {
            findings.add(
                    Findings.stepPath(index) + ".cutoffVoltage",
                    step.label()
                            + " cut-off "
                            + cutoff.get()
                            + " V is not below the "
                            + level
                            + " V the cell is at after "
                            + levelSource
                            + ": a discharge must go down");
        }
        moveTo(cutoff.get(), step);
    }

    private void moveTo(double volts, Step step) {
        level = volts;
        levelSource = step.label();
    }

    private static String describe(Step previous) {
        return previous == null ? "nothing, it is the first step" : previous.label();
    }
}
