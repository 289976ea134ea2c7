package io.gigafab.simulator.line;

/** Which electrode a roll carries. */
public enum Electrode {
    CATHODE,
    ANODE
}
