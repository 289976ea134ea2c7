package io.gigafab.simulator.line;

/**
 * A fault planned in a line definition, in minutes of simulated time from the start: a scenario
 * with the same seed and the same schedule replays identically.
 */
public record ScheduledFault(
        FaultKind kind, String equipment, double magnitude, double atMinute, double minutes) {

    public Fault toFault() {
        return new Fault(kind, equipment, magnitude, atMinute * 60.0, minutes * 60.0);
    }
}
