package io.gigafab.events;

/** The kind of machine along the cell production route, in process order. */
public enum EquipmentClass {
    /** Slurry mixer (cathode/anode paste). */
    MIXER,
    /** Electrode coater with its dryer. */
    COATER,
    /** Calender compacting the dried electrode to its target density. */
    CALENDER,
    /** Slitter cutting a mother roll into lanes (daughter rolls). */
    SLITTER,
    /** Notching machine cutting tabs and electrode sheets. */
    NOTCHER,
    /** Z-fold stacker building the electrode stack of a prismatic or pouch cell. */
    STACKER,
    /** Winder building a jelly roll. */
    WINDER,
    /** Tab welder (ultrasonic or laser). */
    WELDER,
    /** Electrolyte filling and sealing. */
    FILLER,
    /** Formation cycler (first charge). */
    FORMATION,
    /** Aging rack (OCV drop over days, self-discharge screening). */
    AGING,
    /** Grading/binning station (capacity, DCIR, OCV, K-value). */
    GRADER
}
