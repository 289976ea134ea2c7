package io.gigafab.events.insight;

/** What yield analytics found. */
public enum InsightKind {
    /** Yield of a station, line or recipe version dropped below its expected band. */
    YIELD_DIP,
    /** A process value broke a statistical process control rule (e.g. Western Electric rule 1). */
    SPC_RULE_VIOLATION,
    /**
     * A process parameter correlates with a downstream outcome (e.g. coat weight with capacity).
     */
    PARAMETER_OUTCOME_CORRELATION,
    /** Material that should be held: the analysis points at roll segments or cells. */
    CONTAINMENT_SUGGESTION,
    /** A recipe setpoint that should change. */
    RECIPE_SUGGESTION
}
