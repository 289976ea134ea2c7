package io.gigafab.recipes;

/** Electrode side a parameter belongs to. */
public enum Electrode {
    CATHODE,
    ANODE
}
