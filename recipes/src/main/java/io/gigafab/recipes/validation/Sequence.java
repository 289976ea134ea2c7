package io.gigafab.recipes.validation;

import io.gigafab.recipes.Step;
import io.gigafab.recipes.StepType;
import java.util.List;

/** Order checks on a procedure (a list of non-null steps), reported as violations. */
record Sequence(List<Step> steps, Findings findings) {

    void startsWith(StepType type) {
        Step first = steps.get(0);
        if (first.type() != null && first.type() != type) {
            findings.add(
                    Findings.stepPath(0),
                    "the procedure must start with " + type + ", not " + first.label());
        }
    }

    void endsWith(StepType type) {
        int last = steps.size() - 1;
        Step step = steps.get(last);
        if (step.type() != null && step.type() != type) {
            findings.add(
                    Findings.stepPath(last),
                    "the procedure must end with " + type + ", not " + step.label());
        }
    }

    void requires(StepType type, String message) {
        if (steps.stream().noneMatch(step -> step.type() == type)) {
            findings.add("procedure", message);
        }
    }

    /** Every {@code type} step needs a {@code before} step somewhere earlier. */
    void onlyAfter(StepType type, StepType before) {
        boolean seen = false;
        for (int i = 0; i < steps.size(); i++) {
            Step step = steps.get(i);
            if (step.type() == type && !seen) {
                findings.add(
                        Findings.stepPath(i),
                        step.label() + " needs " + article(before) + " step before it");
            }
            seen |= step.type() == before;
        }
    }

    /** Every {@code type} step needs an {@code after} step somewhere later. */
    void onlyBefore(StepType type, StepType after) {
        boolean seen = false;
        for (int i = steps.size() - 1; i >= 0; i--) {
            Step step = steps.get(i);
            if (step.type() == type && !seen) {
                findings.add(
                        Findings.stepPath(i),
                        step.label() + " needs " + article(after) + " step after it");
            }
            seen |= step.type() == after;
        }
    }

    private static String article(StepType type) {
        return ("AEIOU".indexOf(type.name().charAt(0)) >= 0 ? "an " : "a ") + type;
    }
}
