package io.gigafab.recipes;

import java.util.Map;

/**
 * A grading bin: a cell gets this grade when every criterion (keyed by a parameter of the recipe,
 * e.g. {@code capacity}, {@code dcir}, {@code k_value}) lies within its limits. Bins are tried in
 * recipe order; a cell that fits no bin is scrap.
 */
public record GradeBin(String grade, Map<String, Limits> criteria) {

    public GradeBin {
        criteria = criteria == null ? Map.of() : criteria;
    }
}
