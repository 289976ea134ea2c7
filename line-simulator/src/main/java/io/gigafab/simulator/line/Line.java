package io.gigafab.simulator.line;

import io.gigafab.recipes.RecipeLibrary;
import io.gigafab.simulator.line.LineDefinition.Role;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * A whole simulated cell line: coating → calendering → slitting (cathode and anode), stacking,
 * filling and soaking, formation, aging, grading, joined by buffers. Simulated time advances in
 * fixed steps, so the same definition, seed and fault schedule always give the same line.
 */
public final class Line {

    /** Finished cells (graded or rejected) kept for inspection. */
    static final int FINISHED_KEPT = 200_000;

    private final LineDefinition definition;
    private final DesignTargets targets;
    private final Faults faults = new Faults();
    private final FaultFootprints footprints = new FaultFootprints();
    private final List<BaseStation> stations = new ArrayList<>();
    private final Deque<Cell> finished = new ArrayDeque<>();
    private long finishedCount;
    private volatile double speedUp;
    private double nowS;
    private double pendingS;

    private Line(LineDefinition definition, DesignTargets targets) {
        this.definition = definition;
        this.targets = targets;
        this.speedUp = definition.speedUp();
        build();
        definition.faults().forEach(f -> faults.add(checked(f.toFault())));
    }

    /** A scheduled fault must name a machine of this line that its kind acts on. */
    private Fault checked(Fault fault) {
        Station machine = station(fault.equipmentId());
        if (machine == null) {
            throw new IllegalArgumentException(
                    "line definition: fault "
                            + fault.kind()
                            + " on unknown machine "
                            + fault.equipmentId());
        }
        if (!fault.kind().actsOn(machine.equipmentClass())) {
            throw new IllegalArgumentException(
                    "line definition: "
                            + fault.kind()
                            + " acts on "
                            + fault.kind().family()
                            + " machines, not on "
                            + fault.equipmentId()
                            + " ("
                            + machine.equipmentClass()
                            + ")");
        }
        return fault;
    }

    /** Build the line for its design's approved recipes and run its warm-up. */
    public static Line build(LineDefinition definition, RecipeLibrary library) {
        Line line = new Line(definition, DesignTargets.from(library, definition.design()));
        line.advanceSimulated(definition.warmUpHours() * 3600.0);
        return line;
    }

    private void build() {
        long seed = definition.seed();
        int lanes = definition.lanes();
        Buffer<DaughterRoll> cathodes =
                electrode(
                        Electrode.CATHODE,
                        Role.CATHODE_COATER,
                        Role.CATHODE_CALENDER,
                        Role.CATHODE_SLITTER);
        Buffer<DaughterRoll> anodes =
                electrode(
                        Electrode.ANODE,
                        Role.ANODE_COATER,
                        Role.ANODE_CALENDER,
                        Role.ANODE_SLITTER);
        Buffer<Cell> stacked = new Buffer<>(20);
        Buffer<Timed> soaking = new Buffer<>(20_000);
        Buffer<Timed> aging = new Buffer<>(100_000);
        Buffer<Cell> aged = new Buffer<>(50);
        CellIds cellIds = new CellIds(definition.runId());
        stations.add(
                new StackerStation(
                        id(Role.STACKER),
                        targets.stacking(),
                        definition.sheetLengthM(),
                        cellIds,
                        faults,
                        cathodes,
                        anodes,
                        stacked,
                        this::finish,
                        seed));
        stations.add(
                new FillerStation(
                        id(Role.FILLER),
                        targets.filling(),
                        definition.fillCycleSeconds(),
                        definition.soakHours() * 3600.0,
                        faults,
                        stacked,
                        soaking,
                        this::finish,
                        seed));
        stations.add(
                new FormationStation(
                        id(Role.FORMATION),
                        targets,
                        definition.formationTrays(),
                        definition.formationChannels(),
                        definition.formationHours() * 3600.0,
                        definition.agingHours() * 3600.0,
                        faults,
                        soaking,
                        aging,
                        this::finish,
                        seed));
        stations.add(
                new AgingStation(
                        id(Role.AGING),
                        targets,
                        definition.ocvCycleSeconds(),
                        definition.agingDays(),
                        faults,
                        aging,
                        aged,
                        seed));
        stations.add(
                new GraderStation(
                        id(Role.GRADER),
                        targets,
                        definition.gradeCycleSeconds(),
                        faults,
                        aged,
                        this::finish,
                        seed));
        if (lanes < 1) {
            throw new IllegalStateException("no lanes");
        }
    }

    private Buffer<DaughterRoll> electrode(
            Electrode side, Role coater, Role calender, Role slitter) {
        long seed = definition.seed();
        DesignTargets.Electrodes recipes = targets.electrode(side);
        int rolls = definition.rollBuffer();
        Buffer<MotherRoll> coated = new Buffer<>(rolls);
        Buffer<MotherRoll> calendered = new Buffer<>(rolls);
        Buffer<DaughterRoll> slit = new Buffer<>(definition.lanes() * rolls);
        String prefix = "R" + side.name().charAt(0) + "-" + definition.runId();
        stations.add(
                new CoaterStation(
                        id(coater),
                        side,
                        recipes.coating(),
                        prefix,
                        definition.rollLengthM(),
                        faults,
                        coated,
                        footprints,
                        seed));
        stations.add(
                new CalenderStation(
                        id(calender), recipes.calendering(), faults, coated, calendered, seed));
        stations.add(
                new SlitterStation(
                        id(slitter),
                        recipes.slitting(),
                        definition.lanes(),
                        faults,
                        calendered,
                        slit,
                        seed));
        return slit;
    }

    private String id(Role role) {
        return definition.equipmentId(role);
    }

    private synchronized void finish(Cell cell) {
        finishedCount++;
        finished.addLast(cell);
        if (finished.size() > FINISHED_KEPT) {
            finished.removeFirst();
        }
    }

    /** Let {@code real} wall-clock time pass: simulated time moves by {@code real × speed-up}. */
    public void advance(Duration real) {
        advanceSimulated(real.toNanos() / 1e9 * speedUp);
    }

    /** Let {@code seconds} of simulated time pass, in the definition's fixed steps. */
    public synchronized void advanceSimulated(double seconds) {
        pendingS += seconds;
        double step = definition.stepSeconds();
        while (pendingS >= step) {
            pendingS -= step;
            nowS += step;
            for (BaseStation station : stations) {
                station.step(nowS, step);
            }
        }
    }

    /** Simulated seconds since the line started. */
    public synchronized double nowS() {
        return nowS;
    }

    public double speedUp() {
        return speedUp;
    }

    public void speedUp(double factor) {
        if (!(factor > 0) || factor > 100_000) {
            throw new IllegalArgumentException("speed-up must be in (0, 100000]: " + factor);
        }
        this.speedUp = factor;
    }

    /** Which roll metres were coated under a fault: the truth a scenario's findings must match. */
    public FaultFootprints footprints() {
        return footprints;
    }

    public Faults faults() {
        return faults;
    }

    /** Inject a fault starting now, lasting {@code seconds} of simulated time. */
    public synchronized Fault inject(
            FaultKind kind, String equipmentId, double magnitude, double seconds) {
        if (station(equipmentId) == null) {
            throw new IllegalArgumentException(
                    "no machine " + equipmentId + " on line " + definition.line());
        }
        Fault fault = new Fault(kind, equipmentId, magnitude, nowS, seconds);
        faults.add(fault);
        return fault;
    }

    public List<Station> stations() {
        return List.copyOf(stations);
    }

    public Station station(String equipmentId) {
        return stations.stream()
                .filter(s -> s.equipmentId().equals(equipmentId))
                .findFirst()
                .orElse(null);
    }

    public LineDefinition definition() {
        return definition;
    }

    public DesignTargets targets() {
        return targets;
    }

    /** How many cells left the line so far, graded or rejected. */
    public synchronized long finishedCount() {
        return finishedCount;
    }

    /**
     * Cells that left the line, graded or rejected, oldest first (the last {@value
     * #FINISHED_KEPT}).
     */
    public synchronized List<Cell> finishedCells() {
        return List.copyOf(finished);
    }
}
