package io.gigafab.events.recipe;

/** How a recipe download ended. */
public enum DownloadStatus {
    /** Every setpoint was written and read back equal: the machine runs the recipe. */
    ACCEPTED,
    /** The machine or the gateway refused it (e.g. machine Executing, value outside EURange). */
    REJECTED,
    /** Writing failed part way (communication error, read-back mismatch). */
    FAILED
}
