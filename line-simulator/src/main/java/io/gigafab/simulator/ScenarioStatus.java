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

    /** One machine: its id, its family and its OPC 40001 state, e.g. {@code NotExecuting}. */
    public record MachineState(String equipmentId, String equipmentClass, String state) {

        static MachineState of(Station station) {
            return new MachineState(
                    station.equipmentId(),
                    station.equipmentClass().name(),
                    station.state().stateName());
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
