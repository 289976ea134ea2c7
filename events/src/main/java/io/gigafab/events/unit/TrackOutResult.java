package io.gigafab.events.unit;

/** The outcome of an operation for one unit. */
public enum TrackOutResult {
    /** Good: the unit moves on to the next operation. */
    PASS,
    /** Failed: the unit is dispositioned (scrap, hold or downgrade). */
    FAIL,
    /** The unit goes through a rework step before it moves on. */
    REWORK
}
