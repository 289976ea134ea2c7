package io.gigafab.simulator.line;

/**
 * Where the sheets of one electrode of a cell came from: a metre interval of a daughter roll, which
 * is the same interval of one lane of its mother roll.
 */
public record SheetSource(DaughterRoll roll, double startM, double endM) {

    public String rollId() {
        return roll.id();
    }

    public MotherRoll mother() {
        return roll.mother();
    }

    public double coatWeightDeviation() {
        return mother().coatWeightDeviation(startM, endM);
    }

    public double moisture() {
        return mother().moisture(startM, endM);
    }

    public double density() {
        return mother().density(startM, endM);
    }
}
