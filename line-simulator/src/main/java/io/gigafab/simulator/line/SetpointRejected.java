package io.gigafab.simulator.line;

/** A setpoint write the machine refuses: unknown setpoint or value outside the machine limits. */
public class SetpointRejected extends Exception {

    private final boolean outOfRange;

    public SetpointRejected(String message, boolean outOfRange) {
        super(message);
        this.outOfRange = outOfRange;
    }

    public boolean outOfRange() {
        return outOfRange;
    }
}
