package io.gigafab.events.unit;

/** What kind of thing a tracked unit is, from electrode lot up to battery pack. */
public enum UnitKind {
    /** A production lot, e.g. a slurry batch or an electrode lot. */
    LOT,
    /**
     * An electrode roll (coated mother roll or slit daughter roll), a coordinate space in metres.
     */
    ROLL,
    /** A single battery cell. */
    CELL,
    /** A module assembled from cells. */
    MODULE,
    /** A pack assembled from modules. */
    PACK
}
