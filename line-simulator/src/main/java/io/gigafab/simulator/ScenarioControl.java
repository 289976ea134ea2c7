package io.gigafab.simulator;

import static io.gigafab.simulator.ScenarioParameter.DURATION_MINUTES;
import static io.gigafab.simulator.ScenarioParameter.EQUIPMENT_ID;
import static io.gigafab.simulator.ScenarioParameter.FACTOR;
import static io.gigafab.simulator.ScenarioParameter.KIND;
import static io.gigafab.simulator.ScenarioParameter.MAGNITUDE;

import io.gigafab.events.EquipmentClass;
import io.gigafab.simulator.line.Fault;
import io.gigafab.simulator.line.FaultKind;
import io.gigafab.simulator.line.Line;
import io.gigafab.simulator.line.LineDefinition;
import io.gigafab.simulator.line.RollInterval;
import io.gigafab.simulator.line.Station;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Changes a running scenario without a restart — inject faults, clear them, set the speed-up — and
 * reports where it stands. Shared by the OPC UA methods ({@link SimulationNamespace}) and the HTTP
 * control surface ({@link ControlServer}): every input is checked here, so both refuse the same
 * requests with the same messages ({@link ScenarioRejected}), and a refused request changes
 * nothing.
 */
public final class ScenarioControl {

    public static final double MAX_SPEED_UP = 100_000;

    private static final Logger log = LoggerFactory.getLogger(ScenarioControl.class);

    /** Kinds whose magnitude means nothing; it may be left out and defaults to 1. */
    private static final Set<FaultKind> WITHOUT_MAGNITUDE =
            EnumSet.of(FaultKind.GAUGE_FAILURE, FaultKind.MACHINE_STOP);

    private static final String KINDS =
            Arrays.stream(FaultKind.values()).map(Enum::name).collect(Collectors.joining(", "));

    private final Line line;

    public ScenarioControl(Line line) {
        this.line = line;
    }

    public Line line() {
        return line;
    }

    /**
     * Inject a fault on one machine, starting now, lasting {@code durationMinutes} of simulated
     * time. {@code kind} is a {@link FaultKind} name (case and {@code -}/{@code _} do not matter);
     * {@code magnitude} may be null for kinds that have none (gauge failure, machine stop).
     */
    public synchronized Fault injectFault(
            String kind, String equipmentId, Double magnitude, Double durationMinutes)
            throws ScenarioRejected {
        FaultKind faultKind = kind(kind);
        Station machine = machine(faultKind, equipmentId);
        double seconds = durationSeconds(durationMinutes);
        double value = magnitude(faultKind, magnitude);
        Fault fault = line.inject(faultKind, machine.equipmentId(), value, seconds);
        log.info("Injected {}", describe(fault));
        return fault;
    }

    /** Remove every fault — in force, over or scheduled by the line definition — and count them. */
    public synchronized int clearFaults() {
        int cleared = line.faults().all().size();
        line.faults().clear();
        log.info("Cleared {} faults at simulated second {}", cleared, line.nowS());
        return cleared;
    }

    /** Simulated seconds per real second, in (0, {@value #MAX_SPEED_UP}]. */
    public void speedUp(double factor) throws ScenarioRejected {
        if (!(factor > 0) || factor > MAX_SPEED_UP) {
            throw new ScenarioRejected(
                    FACTOR, "speed-up must be in (0, 100000], not " + number(factor));
        }
        line.speedUp(factor);
        log.info("Speed-up set to {}", factor);
    }

    /** The faults in force now, oldest first. */
    public List<Fault> faultsInForce() {
        double now = line.nowS();
        return line.faults().all().stream().filter(f -> f.activeAt(now)).toList();
    }

    /** Every fault: over, in force and scheduled. */
    public List<Fault> faults() {
        return line.faults().all();
    }

    /** Roll metres coated while a coating fault was in force: the scenario's ground truth. */
    public List<RollInterval> footprints() {
        return line.footprints().intervals();
    }

    /** Where the scenario stands now: time, speed-up, machines, faults in force, cells. */
    public ScenarioStatus status() {
        return ScenarioStatus.of(this);
    }

    /** Cells that left the line so far, graded or rejected. */
    public int cellsFinished() {
        return (int) Math.min(Integer.MAX_VALUE, line.finishedCount());
    }

    /** One line for people, e.g. {@code DRYER_DRIFT on COAT-C01: dryer 8 °C cooler, …}. */
    public static String describe(Fault fault) {
        return fault.kind()
                + " on "
                + fault.equipmentId()
                + ": "
                + effect(fault.kind(), fault.magnitude())
                + ", from simulated second "
                + number(fault.startS())
                + " for "
                + number(fault.durationS() / 60.0)
                + " min";
    }

    private static String effect(FaultKind kind, double magnitude) {
        return switch (kind) {
            case DRYER_DRIFT -> "dryer zones " + number(magnitude) + " °C cooler";
            case GAUGE_FAILURE -> "coat-weight gauge failed (Bad_SensorFailure)";
            case STACKER_MISALIGNMENT -> "sheets placed " + number(magnitude) + " mm off";
            case FORMATION_CHANNEL_FAULT -> "channel " + Math.round(magnitude) + " lost contact";
            case MACHINE_STOP -> "machine stopped";
            case DEW_POINT_EXCURSION -> "dew point " + number(magnitude) + " °C higher";
        };
    }

    static FaultKind kind(String kind) throws ScenarioRejected {
        String name = kind == null ? "" : kind.trim().toUpperCase(Locale.ROOT).replace('-', '_');
        for (FaultKind candidate : FaultKind.values()) {
            if (candidate.name().equals(name)) {
                return candidate;
            }
        }
        String given = name.isEmpty() ? "no fault kind given" : "unknown fault kind " + kind;
        throw new ScenarioRejected(KIND, given + "; valid kinds: " + KINDS);
    }

    private Station machine(FaultKind kind, String equipmentId) throws ScenarioRejected {
        LineDefinition definition = line.definition();
        Station machine = equipmentId == null ? null : line.station(equipmentId.trim());
        if (machine == null) {
            throw new ScenarioRejected(
                    EQUIPMENT_ID,
                    "no machine "
                            + equipmentId
                            + " on line "
                            + definition.line()
                            + "; machines: "
                            + machines(null));
        }
        EquipmentClass family = kind.family();
        if (!kind.actsOn(machine.equipmentClass())) {
            throw new ScenarioRejected(
                    EQUIPMENT_ID,
                    String.format(
                            "%s acts on %s machines (%s), not on %s (%s)",
                            kind,
                            family,
                            machines(family),
                            machine.equipmentId(),
                            machine.equipmentClass()));
        }
        return machine;
    }

    private String machines(EquipmentClass family) {
        return line.stations().stream()
                .filter(s -> family == null || s.equipmentClass() == family)
                .map(Station::equipmentId)
                .collect(Collectors.joining(", "));
    }

    private static double durationSeconds(Double minutes) throws ScenarioRejected {
        if (minutes == null || !(minutes > 0) || !Double.isFinite(minutes * 60.0)) {
            throw new ScenarioRejected(
                    DURATION_MINUTES,
                    "the duration must be a positive, finite number of minutes, not "
                            + number(minutes));
        }
        return minutes * 60.0;
    }

    private double magnitude(FaultKind kind, Double magnitude) throws ScenarioRejected {
        if (magnitude == null && WITHOUT_MAGNITUDE.contains(kind)) {
            return 1.0;
        }
        if (magnitude == null || !Double.isFinite(magnitude)) {
            throw new ScenarioRejected(
                    MAGNITUDE, kind + " needs a finite magnitude, not " + number(magnitude));
        }
        if (kind == FaultKind.FORMATION_CHANNEL_FAULT) {
            LineDefinition definition = line.definition();
            int channels = definition.formationTrays() * definition.formationChannels();
            if (magnitude != Math.rint(magnitude) || magnitude < 1 || magnitude > channels) {
                throw new ScenarioRejected(
                        MAGNITUDE,
                        "the magnitude of FORMATION_CHANNEL_FAULT is a channel number 1.."
                                + channels
                                + " (counted across all trays), not "
                                + number(magnitude));
            }
        }
        return magnitude;
    }

    /** A number as people write it: {@code 8}, {@code 0.35}, {@code 3600.5}. */
    static String number(Double value) {
        if (value == null) {
            return "nothing";
        }
        if (!Double.isFinite(value) || Math.abs(value) >= 1e12) {
            return String.valueOf(value);
        }
        double rounded = Math.round(value * 1000.0) / 1000.0;
        return rounded == Math.rint(rounded)
                ? String.valueOf((long) rounded)
                : String.valueOf(rounded);
    }
}
