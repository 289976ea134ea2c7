package io.gigafab.mes.quality;

/** What a hold applies to. */
public enum HoldScope {
    LOT,
    ROLL,
    /** Metres [startM, endM] of a roll, and every cell and daughter roll containing any of them. */
    ROLL_INTERVAL,
    CELL,
    MODULE,
    PACK,
    /** A machine: nothing may be tracked in there. */
    EQUIPMENT,
    /** A recipe version: nothing may be processed under it. */
    RECIPE_VERSION;

    public boolean holdsUnits() {
        return this != EQUIPMENT && this != RECIPE_VERSION;
    }
}
