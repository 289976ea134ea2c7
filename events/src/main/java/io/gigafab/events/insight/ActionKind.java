package io.gigafab.events.insight;

/** What analytics suggests doing about an insight. */
public enum ActionKind {
    /** Put a quality hold on roll segments or cells. */
    HOLD,
    /** Change a recipe setpoint. */
    RECIPE_CHANGE,
    /** Inspect the equipment or the material. */
    INSPECT
}
