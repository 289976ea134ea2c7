package io.gigafab.recipes;

/** A closed interval of a physical quantity, used for chemistry facts. */
public record Range(double lower, double upper) {

    public Range {
        if (lower > upper) {
            throw new IllegalArgumentException("lower " + lower + " > upper " + upper);
        }
    }

    public boolean contains(double value) {
        return value >= lower && value <= upper;
    }

    @Override
    public String toString() {
        return lower + "–" + upper;
    }
}
