package io.gigafab.simulator;

import io.gigafab.simulator.line.Fault;
import io.gigafab.simulator.line.Line;
import io.gigafab.simulator.line.Station;
import java.util.List;

/**
 * Where a running scenario stands, as the HTTP control surface shows it ({@code GET /status}).
 *
 * @param faults the faults in force now
 * @param cellsFinished cells that left the line so far, graded or rejected
 */
public record ScenarioStatus(
        String line,
        String design,
        long seed,
        double simulatedTimeS,
        double speedUp,
        int cellsFinished,
        List<MachineState> machines,
        List<FaultState> faults) {

    public ScenarioStatus {
        machines = List.copyOf(machines);
        faults = List.copyOf(faults);
    }

    static ScenarioStatus of(ScenarioControl control) {
        Line line = control.line();
        double now = line.nowS();
        return new ScenarioStatus(
                line.definition().line(),
                line.definition().design(),
                line.definition().seed(),
                now,
                line.speedUp(),
                control.cellsFinished(),
                line.stations().stream().map(MachineState::of).toList(),
                control.faultsInForce().stream().map(f -> FaultState.of(f, now)).toList());
    }

    /**
     * One machine: its id, its family, its OPC 40001 state, e.g. {@code NotExecuting}, and for the
     * roll machines (coaters, calenders, slitters) the mother roll on it and how far along it is.
     *
     * @param rollId the mother roll the machine works on, null for other machines or when empty
     * @param positionM metres of that roll done, null without a roll
     */
    public record MachineState(
            String equipmentId,
            String equipmentClass,
            String state,
            String rollId,
            Double positionM) {

        static MachineState of(Station station) {
            String roll = null;
            Double position = null;
            Object[] values = station.values();
            List<io.gigafab.simulator.line.Signal> signals = station.signals();
            for (int i = 0; i < signals.size(); i++) {
                String path = signals.get(i).path();
                if ((path.equals("MotherRollId") || path.equals("RollId"))
                        && values[i] instanceof String id
                        && !id.isEmpty()) {
                    roll = id;
                } else if (path.equals("PositionM") && values[i] instanceof Double metres) {
                    position = metres;
                }
            }
            return new MachineState(
                    station.equipmentId(),
                    station.equipmentClass().name(),
                    station.state().stateName(),
                    roll,
                    roll == null ? null : position);
        }
    }

    /** One fault, whether it is in force at the time asked, and a line for people. */
    public record FaultState(
            String kind,
            String equipmentId,
            double magnitude,
            double startS,
            double durationS,
            boolean active,
            String description) {

        static FaultState of(Fault fault, double now) {
            return new FaultState(
                    fault.kind().name(),
                    fault.equipmentId(),
                    fault.magnitude(),
                    fault.startS(),
                    fault.durationS(),
                    fault.activeAt(now),
                    ScenarioControl.describe(fault));
        }
    }
}
