package io.gigafab.simulator.line;

/**
 * One lane of a slit mother roll. Its metres are the mother roll's metres: metre {@code x} of the
 * daughter roll is metre {@code x} of lane {@code lane} of the mother roll.
 */
public record DaughterRoll(String id, MotherRoll mother, int lane, double startM, double endM) {

    public Electrode electrode() {
        return mother.electrode();
    }
}
