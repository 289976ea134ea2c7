package io.gigafab.simulator;

/**
 * A scenario control request that was refused because one of its inputs is wrong; nothing on the
 * line changed. The message says what was wrong and what would be accepted.
 */
public final class ScenarioRejected extends Exception {

    private static final long serialVersionUID = 1L;

    private final ScenarioParameter parameter;

    public ScenarioRejected(ScenarioParameter parameter, String message) {
        super(message, null, false, false);
        this.parameter = parameter;
    }

    /** The input that was wrong. */
    public ScenarioParameter parameter() {
        return parameter;
    }
}
