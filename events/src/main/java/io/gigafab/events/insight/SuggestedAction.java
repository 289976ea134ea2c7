package io.gigafab.events.insight;

import io.gigafab.events.Require;
import io.gigafab.events.RollSegment;
import java.util.List;

/**
 * What analytics proposes to a process engineer; nothing happens until a person accepts it in the
 * MES.
 *
 * <ul>
 *   <li>HOLD: hold a roll segment and/or a list of cells (at least one of the two);
 *   <li>RECIPE_CHANGE: move a setpoint of the recipe in the insight scope (parameter and direction
 *       required, target optional);
 *   <li>INSPECT: look at something, described in words.
 * </ul>
 *
 * @param kind the action
 * @param description the proposal in words
 * @param parameter the recipe parameter to change (RECIPE_CHANGE only)
 * @param direction which way to move it (RECIPE_CHANGE only)
 * @param suggestedTarget the proposed new setpoint (optional, RECIPE_CHANGE only)
 * @param rollSegment the roll interval to hold (HOLD only)
 * @param cellIds the cells to hold (HOLD only; empty when none)
 */
public record SuggestedAction(
        ActionKind kind,
        String description,
        String parameter,
        ChangeDirection direction,
        Double suggestedTarget,
        RollSegment rollSegment,
        List<String> cellIds) {

    public SuggestedAction {
        Require.nonNull(kind, "SuggestedAction.kind");
        Require.text(description, "SuggestedAction.description");
        Require.optionalText(parameter, "SuggestedAction.parameter");
        Require.optionalFinite(suggestedTarget, "SuggestedAction.suggestedTarget");
        cellIds = Require.list(cellIds, "SuggestedAction.cellIds");
        if (kind == ActionKind.RECIPE_CHANGE) {
            Require.nonNull(parameter, "SuggestedAction.parameter (for RECIPE_CHANGE)");
            Require.nonNull(direction, "SuggestedAction.direction (for RECIPE_CHANGE)");
        }
        if (kind == ActionKind.HOLD && rollSegment == null && cellIds.isEmpty()) {
            throw new IllegalArgumentException(
                    "SuggestedAction of kind HOLD needs a rollSegment or cellIds");
        }
    }

    /** Proposes a quality hold on a roll segment and/or cells. */
    public static SuggestedAction hold(
            String description, RollSegment rollSegment, List<String> cellIds) {
        return new SuggestedAction(
                ActionKind.HOLD, description, null, null, null, rollSegment, cellIds);
    }

    /** Proposes moving a recipe setpoint, optionally to a target value. */
    public static SuggestedAction recipeChange(
            String description, String parameter, ChangeDirection direction, Double target) {
        return new SuggestedAction(
                ActionKind.RECIPE_CHANGE, description, parameter, direction, target, null, null);
    }
}
