package io.gigafab.simulator;

/** The states of the OPC 40001 MachineryItemState state machine. */
public enum MachineryItemState {
    NOT_AVAILABLE("NotAvailable"),
    OUT_OF_SERVICE("OutOfService"),
    NOT_EXECUTING("NotExecuting"),
    EXECUTING("Executing");

    private final String stateName;

    MachineryItemState(String stateName) {
        this.stateName = stateName;
    }

    /** The state name as OPC 40001 spells it, e.g. {@code NotExecuting}. */
    public String stateName() {
        return stateName;
    }
}
