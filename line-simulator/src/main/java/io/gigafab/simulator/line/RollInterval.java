package io.gigafab.simulator.line;

/** Metres {@code [startM, endM]} of one roll. */
public record RollInterval(String rollId, double startM, double endM) {

    public boolean overlaps(String otherRollId, double otherStartM, double otherEndM) {
        return rollId.equals(otherRollId) && otherStartM < endM && otherEndM > startM;
    }
}
