package io.gigafab.events.equipment;

/** How a job on the machine finished (the end states of OPC UA Machinery job management). */
public enum JobOutcome {
    /** The job ran to its end. */
    ENDED,
    /** The job was stopped before its end. */
    ABORTED
}
