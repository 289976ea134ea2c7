package io.gigafab.analytics;

import io.gigafab.events.EquipmentClass;
import io.gigafab.events.EquipmentRef;
import io.gigafab.events.RollSegment;
import io.gigafab.events.TopicMessage;
import io.gigafab.events.measurement.MeasurementBatch;
import io.gigafab.events.measurement.ProductionContext;
import io.gigafab.events.measurement.Sample;
import io.gigafab.events.measurement.SampleValue;
import io.gigafab.events.unit.Graded;
import io.gigafab.events.unit.MaterialConsumed;
import io.gigafab.events.unit.TrackOutResult;
import io.gigafab.events.unit.TrackedIn;
import io.gigafab.events.unit.TrackedOut;
import io.gigafab.events.unit.UnitRef;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import java.util.UUID;

/**
 * A scripted production history of one LFP-280P cathode mother roll: coated (coat weight and wet
 * thickness per metre, recipe LFP-280P-COATING-CATHODE v1), slit into two lanes, stacked into cells
 * of 2 m each, then graded. With a deviation, the coat weight over a known interval is 4 % low and
 * most cells made from it are downgraded (grade C, LOW_CAPACITY); elsewhere 3 % of cells fail at
 * random. Seeded, so every run is the same.
 */
public final class ProductionHistory {

    public static final String ROLL = "RC-T-00001";
    public static final double ROLL_LENGTH_M = 1000;
    public static final double CELL_LENGTH_M = 2;
    public static final int LANES = 2;
    public static final Instant COATING_START = Instant.parse("2026-11-20T06:00:00Z");
    public static final String COATING_RECIPE = "LFP-280P-COATING-CATHODE";

    static final EquipmentRef COATER =
            new EquipmentRef("gf1", "electrode", "L1", "COAT-01", EquipmentClass.COATER);
    static final EquipmentRef STACKER =
            new EquipmentRef("gf1", "assembly", "L1", "STACK-01", EquipmentClass.STACKER);
    static final EquipmentRef GRADER =
            new EquipmentRef("gf1", "formation", "L1", "GRADE-01", EquipmentClass.GRADER);

    private final String roll;
    private final Instant coatingStart;
    private final Random random;
    private final double deviationStartM;
    private final double deviationEndM;
    public final List<MeasurementBatch> measurements = new ArrayList<>();
    public final List<TopicMessage> unitEvents = new ArrayList<>();
    public final TreeSet<String> cellsInDeviation = new TreeSet<>();
    public final TreeSet<String> failingCells = new TreeSet<>();
    public final Map<String, double[]> cellMetres = new java.util.HashMap<>();
    public int samples;
    public int trackOuts;

    private ProductionHistory(long seed, double deviationStartM, double deviationEndM) {
        this(ROLL, COATING_START, seed, deviationStartM, deviationEndM);
    }

    private ProductionHistory(
            String roll,
            Instant coatingStart,
            long seed,
            double deviationStartM,
            double deviationEndM) {
        this.roll = roll;
        this.coatingStart = coatingStart;
        this.random = new Random(seed);
        this.deviationStartM = deviationStartM;
        this.deviationEndM = deviationEndM;
        coat();
        stackAndGrade();
    }

    /** Coat weight 4 % low over [startM, endM): the known cause. */
    public static ProductionHistory withCoatWeightDeviation(double startM, double endM) {
        return new ProductionHistory(42, startM, endM);
    }

    /** Another roll, coated from {@code start}, for load tests. */
    public static ProductionHistory ofRoll(
            String roll, Instant start, long seed, boolean deviating) {
        return deviating
                ? new ProductionHistory(roll, start, seed, 400, 550)
                : new ProductionHistory(roll, start, seed, -1, -1);
    }

    public static ProductionHistory clean() {
        return new ProductionHistory(42, -1, -1);
    }

    public RollSegment groundTruth() {
        return new RollSegment(roll, deviationStartM, deviationEndM);
    }

    /**
     * A day later: one value and one track-out that carry event time far enough ahead for every
     * window and timer of the history to fire on an unbounded source.
     */
    public List<TopicMessage> tailMeasurement() {
        Instant at = end().plus(java.time.Duration.ofDays(1));
        Sample marker = Sample.good("tail.marker", SampleValue.of(1.0), null, at, null);
        return List.of(new MeasurementBatch(uuid(), COATER, at, List.of(marker)));
    }

    public List<TopicMessage> tailUnitEvent() {
        Instant at = end().plus(java.time.Duration.ofDays(1));
        return List.of(
                new TrackedOut(
                        uuid(),
                        at,
                        UnitRef.cell("C-TAIL"),
                        STACKER,
                        "op",
                        "PO-1",
                        "STACKING",
                        TrackOutResult.PASS,
                        List.of(),
                        Map.of()));
    }

    /** The cells made from metres of the mother roll that overlap the segment. */
    public TreeSet<String> cellsOverlapping(RollSegment segment) {
        TreeSet<String> cells = new TreeSet<>();
        cellMetres.forEach(
                (cell, metres) -> {
                    if (metres[0] < segment.endM() && segment.startM() < metres[1]) {
                        cells.add(cell);
                    }
                });
        return cells;
    }

    public Instant end() {
        return stackingStart().plusSeconds(2 * cellsPerLane() * LANES + 120);
    }

    private boolean deviates(double positionM) {
        return positionM >= deviationStartM && positionM < deviationEndM;
    }

    private void coat() {
        List<Sample> batch = new ArrayList<>();
        for (int metre = 0; metre < ROLL_LENGTH_M; metre++) {
            double position = metre + 0.5;
            Instant at = coatingStart.plusSeconds(metre);
            double factor = deviates(position) ? 0.96 : 1.0;
            ProductionContext context =
                    ProductionContext.builder()
                            .roll(roll, position)
                            .recipe(COATING_RECIPE, 1)
                            .orderId("PO-1")
                            .build();
            double coatWeight = 21.0 * factor * (1 + 0.005 * random.nextGaussian());
            double wet = 230 * (1 + 0.004 * random.nextGaussian());
            batch.add(
                    Sample.good(
                            "coating.coatWeight",
                            SampleValue.of(coatWeight),
                            "mg/cm2",
                            at,
                            context));
            batch.add(Sample.good("coating.wetThickness", SampleValue.of(wet), "um", at, context));
            samples += 2;
            if (batch.size() == 20) {
                measurements.add(new MeasurementBatch(uuid(), COATER, at, batch));
                batch = new ArrayList<>();
            }
        }
    }

    private int cellsPerLane() {
        return (int) (ROLL_LENGTH_M / CELL_LENGTH_M);
    }

    private Instant stackingStart() {
        return coatingStart.plusSeconds((long) ROLL_LENGTH_M + 60);
    }

    private void stackAndGrade() {
        Instant stacking = stackingStart();
        List<String[]> cells = new ArrayList<>();
        for (int lane = 1; lane <= LANES; lane++) {
            for (int i = 0; i < cellsPerLane(); i++) {
                double start = i * CELL_LENGTH_M;
                String cell = String.format("C-%s-L%d-%04d", roll, lane, i);
                Instant at = stacking.plusSeconds(cells.size());
                String daughter = roll + "-L" + lane;
                unitEvents.add(trackIn(cell, at, "STACKING", STACKER, "LFP-280P-STACKING"));
                unitEvents.add(
                        consumed(
                                cell, at, new RollSegment(daughter, start, start + CELL_LENGTH_M)));
                unitEvents.add(
                        trackOut(
                                cell,
                                at.plusMillis(500),
                                "STACKING",
                                STACKER,
                                TrackOutResult.PASS));
                if (deviates(start) || deviates(start + CELL_LENGTH_M - 1e-9)) {
                    cellsInDeviation.add(cell);
                }
                cells.add(new String[] {cell, String.valueOf(start)});
                cellMetres.put(cell, new double[] {start, start + CELL_LENGTH_M});
            }
        }
        Instant grading = stacking.plusSeconds(cells.size() + 60);
        for (int i = 0; i < cells.size(); i++) {
            String cell = cells.get(i)[0];
            boolean inDeviation = cellsInDeviation.contains(cell);
            boolean fails = random.nextDouble() < (inDeviation ? 0.6 : 0.03);
            grade(cell, grading.plusSeconds(i), fails);
        }
    }

    private void grade(String cell, Instant at, boolean fails) {
        unitEvents.add(trackIn(cell, at, "GRADING", GRADER, "LFP-280P-GRADING"));
        unitEvents.add(
                new TrackedOut(
                        uuid(),
                        at.plusMillis(400),
                        UnitRef.cell(cell),
                        GRADER,
                        "op",
                        "PO-1",
                        "GRADING",
                        fails ? TrackOutResult.FAIL : TrackOutResult.PASS,
                        fails ? List.of("LOW_CAPACITY") : List.of(),
                        Map.of()));
        trackOuts++;
        unitEvents.add(
                new Graded(
                        uuid(),
                        at.plusMillis(500),
                        UnitRef.cell(cell),
                        GRADER,
                        "op",
                        "PO-1",
                        fails ? "C" : "A",
                        1,
                        fails ? 262.0 : 281.5,
                        0.27,
                        1.1,
                        3.29));
        if (fails) {
            failingCells.add(cell);
        }
    }

    private TrackedIn trackIn(
            String cell, Instant at, String operation, EquipmentRef equipment, String recipe) {
        return new TrackedIn(
                uuid(), at, UnitRef.cell(cell), equipment, "op", "PO-1", operation, recipe, 1);
    }

    private TrackedOut trackOut(
            String cell, Instant at, String operation, EquipmentRef equipment, TrackOutResult r) {
        trackOuts++;
        return new TrackedOut(
                uuid(),
                at,
                UnitRef.cell(cell),
                equipment,
                "op",
                "PO-1",
                operation,
                r,
                List.of(),
                Map.of());
    }

    private MaterialConsumed consumed(String cell, Instant at, RollSegment segment) {
        return new MaterialConsumed(
                uuid(), at, UnitRef.cell(cell), STACKER, "op", "PO-1", segment, null);
    }

    private UUID uuid() {
        return new UUID(random.nextLong(), random.nextLong());
    }
}
