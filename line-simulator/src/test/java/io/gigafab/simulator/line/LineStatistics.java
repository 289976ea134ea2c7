package io.gigafab.simulator.line;

import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;

/** Figures over the cells a simulated line finished, for the tests' assertions. */
record LineStatistics(List<Cell> cells) {

    long count() {
        return cells.size();
    }

    /** Share of finished cells graded into a bin (not rejected, not SCRAP). */
    double yield() {
        return (double) cells.stream().filter(LineStatistics::good).count() / cells.size();
    }

    Map<String, Long> losses() {
        return cells.stream()
                .filter(c -> !good(c))
                .collect(
                        Collectors.groupingBy(
                                c -> c.rejected() ? c.defects().get(0) : "GRADE_SCRAP",
                                Collectors.counting()));
    }

    double mean(Predicate<Cell> which, ToDoubleFunction<Cell> value) {
        return cells.stream()
                .filter(which)
                .mapToDouble(value)
                .filter(Double::isFinite)
                .average()
                .orElse(Double.NaN);
    }

    static boolean good(Cell cell) {
        return !cell.rejected() && cell.grade() != null && !"SCRAP".equals(cell.grade());
    }
}
