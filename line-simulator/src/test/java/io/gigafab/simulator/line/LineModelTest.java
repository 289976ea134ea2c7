package io.gigafab.simulator.line;

import static org.assertj.core.api.Assertions.assertThat;

import io.gigafab.recipes.RecipeLibrary;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class LineModelTest {

    private static RecipeLibrary library;

    @BeforeAll
    static void loadRecipes() {
        library = RecipeLibrary.loadFromClasspath().requireValid();
    }

    /** A line with formation and aging compressed so cells are graded within simulated hours. */
    static LineDefinition compressed(String design, long seed, List<ScheduledFault> faults) {
        LineDefinition d = LineDefinitions.defaults();
        return new LineDefinition(
                d.site(), d.area(), d.line(), design, "T1", seed, 1.0, 2.0, 1000, 4, 0.2, 2, 16,
                0.5, 0.25, 1.0, 7, 20, 2, 3, 0, Map.of(), faults);
    }

    @Test
    void baselineYieldLooksLikeAMatureLine() {
        long t0 = System.nanoTime();
        Line line = Line.build(compressed("LFP-280P", 7, List.of()), library);
        long t1 = System.nanoTime();
        line.advanceSimulated(24 * 3600);
        System.out.println(
                "build ms " + (t1 - t0) / 1e6 + " run ms " + (System.nanoTime() - t1) / 1e6);
        LineStatistics stats = new LineStatistics(line.finishedCells());
        System.out.println(
                "cells " + stats.count() + " yield " + stats.yield() + " losses " + stats.losses());
        assertThat(stats.count()).isGreaterThan(1000);
        assertThat(stats.yield()).isBetween(0.88, 0.97);
    }

    @Test
    void dryerDriftShowsUpInTheCellsBuiltFromTheMetresCoatedMeanwhile() {
        ScheduledFault drift = new ScheduledFault(FaultKind.DRYER_DRIFT, "COAT-C01", 15, 60, 120);
        Line line = Line.build(compressed("LFP-280P", 7, List.of(drift)), library);
        line.advanceSimulated(36 * 3600);
        FaultFootprints truth = line.footprints();
        LineStatistics stats = new LineStatistics(line.finishedCells());
        Predicate<Cell> affected =
                c ->
                        truth.affects(
                                c.cathode().mother().id(),
                                c.cathode().startM(),
                                c.cathode().endM());
        Predicate<Cell> graded = c -> c.kValueMvPerDay() > 0;

        System.out.println(
                "affected "
                        + stats.cells().stream().filter(affected).count()
                        + " of "
                        + stats.count()
                        + " intervals "
                        + truth.intervals());
        System.out.println(
                "K "
                        + stats.mean(affected.and(graded), Cell::kValueMvPerDay)
                        + " vs "
                        + stats.mean(affected.negate().and(graded), Cell::kValueMvPerDay));
        System.out.println(
                "cap "
                        + stats.mean(affected.and(graded), Cell::capacityAh)
                        + " vs "
                        + stats.mean(affected.negate().and(graded), Cell::capacityAh));
        assertThat(truth.intervals()).isNotEmpty();
    }
}
