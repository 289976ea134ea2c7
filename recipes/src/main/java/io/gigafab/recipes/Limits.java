package io.gigafab.recipes;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

@JsonInclude(JsonInclude.Include.NON_NULL)
/** Lower and upper limit of a parameter; either bound may be absent for one-sided limits. */
public record Limits(Double lower, Double upper) {

    @JsonIgnore
    public boolean hasBound() {
        return lower != null || upper != null;
    }

    public boolean contains(double value) {
        return (lower == null || value >= lower) && (upper == null || value <= upper);
    }

    /** Whether these limits lie within {@code outer} (an absent outer bound does not constrain). */
    public boolean isInside(Limits outer) {
        boolean lowerInside = outer.lower() == null || (lower != null && lower >= outer.lower());
        boolean upperInside = outer.upper() == null || (upper != null && upper <= outer.upper());
        return lowerInside && upperInside;
    }

    @Override
    public String toString() {
        return "[" + bound(lower) + ", " + bound(upper) + "]";
    }

    private static String bound(Double value) {
        return value == null ? "–" : value.toString();
    }
}
