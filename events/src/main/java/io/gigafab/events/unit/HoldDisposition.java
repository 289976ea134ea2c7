package io.gigafab.events.unit;

/** What happens to the held material when a hold is released. */
public enum HoldDisposition {
    /** Good after all: back into production as it is. */
    RELEASE,
    /** Scrapped. */
    SCRAP,
    /** Reworked before it moves on. */
    REWORK,
    /** Used, but in a lower grade. */
    DOWNGRADE
}
