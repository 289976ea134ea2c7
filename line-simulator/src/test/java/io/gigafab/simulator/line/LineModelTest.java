package io.gigafab.simulator.line;

import static org.assertj.core.api.Assertions.assertThat;

import io.gigafab.recipes.RecipeLibrary;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/** The line model alone, in simulated time: yields, determinism and causality. */
class LineModelTest {

    static final RecipeLibrary library = RecipeLibrary.loadFromClasspath().requireValid();

    /** A line with formation and aging compressed so cells are graded within simulated hours. */
    static LineDefinition compressed(String design, long seed, List<ScheduledFault> faults) {
        return LineDefinitions.compressed(design, "T1", seed, 1.0, 0).withFaults(faults);
    }

    static Line run(LineDefinition definition, double hours) {
        Line line = Line.build(definition, library);
        line.advanceSimulated(hours * 3600);
        return line;
    }

    @Test
    void baselineYieldLooksLikeAMatureLineWithLossesAtEveryStage() {
        LineStatistics stats =
                new LineStatistics(run(compressed("LFP-280P", 7, List.of()), 24).finishedCells());

        assertThat(stats.count()).isGreaterThan(1000);
        assertThat(stats.yield()).isBetween(0.88, 0.96);
        assertThat(stats.losses())
                .containsKeys("COATING_DEFECT", "HIPOT_FAIL", "FORMATION_FAULT", "GRADE_SCRAP");
    }

    @Test
    void theSameSeedAndScheduleReplayIdentically() {
        List<Cell> first = run(compressed("LFP-280P", 11, List.of()), 8).finishedCells();
        List<Cell> second = run(compressed("LFP-280P", 11, List.of()), 8).finishedCells();
        List<Cell> otherSeed = run(compressed("LFP-280P", 12, List.of()), 8).finishedCells();

        assertThat(first).isNotEmpty();
        assertThat(second).extracting(Cell::id).isEqualTo(first.stream().map(Cell::id).toList());
        assertThat(second)
                .extracting(Cell::capacityAh)
                .isEqualTo(first.stream().map(Cell::capacityAh).toList());
        assertThat(otherSeed)
                .extracting(Cell::capacityAh)
                .isNotEqualTo(first.stream().map(Cell::capacityAh).toList());
    }

    @Test
    void dryerDriftShowsUpInExactlyTheCellsBuiltFromTheMetresCoatedMeanwhile() {
        ScheduledFault drift = new ScheduledFault(FaultKind.DRYER_DRIFT, "COAT-C01", 15, 60, 60);
        Line line = run(compressed("LFP-280P", 7, List.of(drift)), 36);
        FaultFootprints truth = line.footprints();
        LineStatistics stats = new LineStatistics(line.finishedCells());
        Predicate<Cell> affected =
                c ->
                        truth.affects(
                                c.cathode().mother().id(),
                                c.cathode().startM(),
                                c.cathode().endM());
        Predicate<Cell> measured = c -> c.kValueMvPerDay() > 0;
        LineStatistics hit = new LineStatistics(stats.cells().stream().filter(affected).toList());
        LineStatistics clean =
                new LineStatistics(stats.cells().stream().filter(affected.negate()).toList());

        assertThat(truth.intervals()).isNotEmpty().allMatch(i -> i.rollId().startsWith("RC-"));
        assertThat(hit.count()).isGreaterThan(100);
        assertThat(clean.count()).isGreaterThan(100);
        assertThat(hit.mean(measured, Cell::kValueMvPerDay))
                .isGreaterThan(clean.mean(measured, Cell::kValueMvPerDay) + 0.4);
        assertThat(hit.mean(measured, Cell::capacityAh))
                .isLessThan(clean.mean(measured, Cell::capacityAh) * 0.99);
        assertThat(1 - hit.yield()).isGreaterThan(3 * (1 - clean.yield()));
    }

    @Test
    void aSmallerRollBufferKeepsLessElectrodeBetweenTheCoaterAndTheStacker() {
        // The stacker is the bottleneck: the coater runs ahead until the buffers are full, so
        // the number of rolls it has started is the rolls stacked plus the work in progress.
        Line usual = run(LineDefinitions.read(yaml("rollBuffer: 2"), "usual.yaml"), 12);
        Line small = run(LineDefinitions.read(yaml("rollBuffer: 1"), "small.yaml"), 12);

        assertThat(rollsStarted(small)).isLessThan(rollsStarted(usual));
        assertThat(small.finishedCount()).isEqualTo(usual.finishedCount());
    }

    private static java.io.InputStream yaml(String text) {
        return new java.io.ByteArrayInputStream(
                text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static int rollsStarted(Line line) {
        String roll = ((CoaterStation) line.station("COAT-C01")).motherRollId();
        return Integer.parseInt(roll.substring(roll.lastIndexOf('-') + 1));
    }

    @Test
    void stackerMisalignmentRaisesHipotFailures() {
        ScheduledFault misaligned =
                new ScheduledFault(FaultKind.STACKER_MISALIGNMENT, "STACK-01", 0.6, 0, 6 * 60);
        List<Cell> cells = run(compressed("LFP-280P", 7, List.of(misaligned)), 12).finishedCells();
        Predicate<Cell> duringFault = c -> c.builtAtS() < 6 * 3600;
        Predicate<Cell> hipot = c -> c.defects().contains("HIPOT_FAIL");

        double during = share(cells, duringFault, hipot);
        double after = share(cells, duringFault.negate(), hipot);
        assertThat(during).isGreaterThan(0.2);
        assertThat(after).isLessThan(0.05);
    }

    @Test
    void aFaultyFormationChannelFailsTheCellsOnIt() {
        ScheduledFault channel =
                new ScheduledFault(FaultKind.FORMATION_CHANNEL_FAULT, "FORM-01", 3, 0, 24 * 60);
        List<Cell> cells = run(compressed("LFP-280P", 7, List.of(channel)), 12).finishedCells();

        long formationFaults =
                cells.stream().filter(c -> c.defects().contains("FORMATION_FAULT")).count();
        long trays =
                cells.stream()
                                .filter(c -> !c.rejected() || "FORM-01".equals(c.rejectedBy()))
                                .count()
                        / 16;
        assertThat(formationFaults).isGreaterThanOrEqualTo(trays / 2);
    }

    @Test
    void everyCellRecordsTheRollMetresItsSheetsCameFrom() {
        Line line = run(compressed("LFP-280P", 7, List.of()), 10);
        double metres = line.targets().stacking().target("sheet_pairs") * 0.2;
        List<Cell> cells = line.finishedCells();

        assertThat(cells)
                .isNotEmpty()
                .allSatisfy(
                        cell -> {
                            assertThat(cell.cathode().endM() - cell.cathode().startM())
                                    .isCloseTo(metres, org.assertj.core.data.Offset.offset(1e-9));
                            assertThat(cell.cathode().rollId())
                                    .startsWith(cell.cathode().mother().id() + "-L");
                            assertThat(cell.anode().mother().electrode())
                                    .isEqualTo(Electrode.ANODE);
                        });
        for (Cell a : cells) {
            for (Cell b : cells) {
                if (a != b && a.cathode().rollId().equals(b.cathode().rollId())) {
                    assertThat(
                                    a.cathode().startM() < b.cathode().endM()
                                            && b.cathode().startM() < a.cathode().endM())
                            .as("%s and %s share cathode metres", a.id(), b.id())
                            .isFalse();
                }
            }
        }
    }

    private static double share(List<Cell> cells, Predicate<Cell> which, Predicate<Cell> what) {
        List<Cell> selected = cells.stream().filter(which).toList();
        return (double) selected.stream().filter(what).count() / selected.size();
    }
}
