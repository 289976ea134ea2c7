package io.gigafab.recipes.validation;

import static io.gigafab.recipes.StepType.AGE;
import static io.gigafab.recipes.StepType.CC_CHARGE;
import static io.gigafab.recipes.StepType.CC_DISCHARGE;
import static io.gigafab.recipes.StepType.COAT;
import static io.gigafab.recipes.StepType.DCIR_PULSE;
import static io.gigafab.recipes.StepType.DRY;
import static io.gigafab.recipes.StepType.EVACUATE;
import static io.gigafab.recipes.StepType.FILL;
import static io.gigafab.recipes.StepType.HIPOT;
import static io.gigafab.recipes.StepType.OCV_MEASURE;
import static io.gigafab.recipes.StepType.PRESS;
import static io.gigafab.recipes.StepType.REWIND;
import static io.gigafab.recipes.StepType.SLIT;
import static io.gigafab.recipes.StepType.STACK;
import static io.gigafab.recipes.StepType.UNWIND;

import io.gigafab.events.EquipmentClass;
import io.gigafab.recipes.Recipe;
import io.gigafab.recipes.Step;
import io.gigafab.recipes.StepType;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Whether the order of steps can run on the equipment: the web is unwound before and rewound after
 * processing, a coat is dried, a cell is evacuated before filling, aging has an OCV reading on both
 * sides, and each class has the steps it exists for. Electrical steps: {@link VoltageRules}.
 */
final class SequenceRules implements RecipeRule {

    /** Roll-to-roll equipment: the web is unwound first and rewound last. */
    private static final Set<EquipmentClass> ROLL_TO_ROLL =
            EnumSet.of(EquipmentClass.COATER, EquipmentClass.CALENDER, EquipmentClass.SLITTER);

    @Override
    public void check(Recipe recipe, Findings findings) {
        List<Step> steps = recipe.procedure();
        if (recipe.header() == null || recipe.header().equipmentClass() == null) {
            return;
        }
        if (steps.isEmpty() || steps.contains(null)) {
            return;
        }
        EquipmentClass equipment = recipe.header().equipmentClass();
        Sequence sequence = new Sequence(steps, findings);
        if (isRollToRoll(equipment)) {
            sequence.startsWith(UNWIND);
            sequence.endsWith(REWIND);
        }
        checkEquipment(equipment, recipe, sequence, findings);
    }

    private void checkEquipment(
            EquipmentClass equipment, Recipe recipe, Sequence sequence, Findings findings) {
        switch (equipment) {
            case COATER -> checkCoating(recipe, sequence, findings);
            case CALENDER -> sequence.requires(PRESS, "a CALENDER procedure needs a PRESS step");
            case SLITTER -> sequence.requires(SLIT, "a SLITTER procedure needs a SLIT step");
            case STACKER -> {
                sequence.requires(STACK, "a STACKER procedure needs a STACK step");
                sequence.onlyAfter(HIPOT, STACK);
            }
            case FILLER -> {
                sequence.requires(FILL, "a FILLER procedure needs a FILL step");
                sequence.onlyAfter(FILL, EVACUATE);
            }
            case FORMATION ->
                    sequence.requires(
                            CC_CHARGE, "a FORMATION procedure needs a charge step (CC_CHARGE)");
            case AGING -> checkAging(sequence);
            case GRADER -> {
                sequence.requires(CC_DISCHARGE, "grading needs a CC_DISCHARGE to measure capacity");
                sequence.requires(DCIR_PULSE, "grading needs a DCIR_PULSE to measure DCIR");
            }
            case MIXER, NOTCHER, WINDER, WELDER -> {
                // No recipes and no sequence rules yet: header, parameters, step types and
                // settings are still checked by the generic rules.
            }
        }
    }

    private static boolean isRollToRoll(EquipmentClass equipment) {
        return ROLL_TO_ROLL.contains(equipment);
    }

    private void checkCoating(Recipe recipe, Sequence sequence, Findings findings) {
        sequence.requires(COAT, "a COATER procedure needs a COAT step");
        List<Step> steps = sequence.steps();
        for (int i = 0; i < steps.size(); i++) {
            Step step = steps.get(i);
            StepType next = i + 1 < steps.size() ? steps.get(i + 1).type() : null;
            StepType previous = i > 0 ? steps.get(i - 1).type() : null;
            if (step.type() == COAT && next != DRY) {
                findings.add(
                        Findings.stepPath(i),
                        step.label()
                                + " must be followed by a DRY step, the wet coat would be rewound");
            }
            if (step.type() == DRY && previous != COAT) {
                findings.add(Findings.stepPath(i), step.label() + " has no COAT step before it");
            }
            if (step.type() == DRY) {
                checkDryerZones(recipe, step, i, findings);
            }
        }
    }

    private void checkDryerZones(Recipe recipe, Step dry, int index, Findings findings) {
        var zones = recipe.resolve(dry.setting("zones"));
        if (zones.isEmpty() || zones.get().value() == null) {
            return;
        }
        for (int zone = 1; zone <= zones.get().value(); zone++) {
            String name = ParameterCatalog.dryerZone(zone);
            if (recipe.parameter(name).isEmpty()) {
                findings.add(
                        Findings.stepPath(index) + ".zones",
                        dry.label()
                                + " runs "
                                + zones.get().value().intValue()
                                + " zones but parameter '"
                                + name
                                + "' (degC) is missing");
            }
        }
    }

    private void checkAging(Sequence sequence) {
        sequence.requires(AGE, "an AGING procedure needs an AGE step");
        sequence.onlyAfter(AGE, OCV_MEASURE);
        sequence.onlyBefore(AGE, OCV_MEASURE);
    }
}
