package io.gigafab.simulator.line;

import io.gigafab.events.EquipmentClass;
import io.gigafab.simulator.MachineryItemState;
import java.util.function.Consumer;

/**
 * The grading station: measures each aged cell's DC internal resistance and bins it by the grading
 * recipe's grade table (capacity, DCIR, K-value); a cell that fits no bin is SCRAP.
 */
public final class GraderStation extends BaseStation {

    private final CellPhysics physics;
    private final Faults faults;
    private final Buffer<Cell> input;
    private final Consumer<Cell> graded;
    private final double cycleS;
    private double progressS;

    GraderStation(
            String equipmentId,
            DesignTargets targets,
            double cycleS,
            Faults faults,
            Buffer<Cell> input,
            Consumer<Cell> graded,
            long seed) {
        super(equipmentId, EquipmentClass.GRADER, seed);
        this.physics = new CellPhysics(targets);
        this.cycleS = cycleS;
        this.faults = faults;
        this.input = input;
        this.graded = graded;
        double capacity = targets.nominalCapacityAh();
        signal(Signal.context("CellId", String.class), "");
        signal(Signal.process("CapacityAh", "Ah", 0, capacity * 1.5), 0.0);
        signal(Signal.process("Dcir", "mOhm", 0, 50), 0.0);
        signal(Signal.process("Ocv", "V", 0, 5), 0.0);
        signal(Signal.process("KValue", "mV/d", 0, 50), 0.0);
        signal(Signal.context("Grade", String.class), "");
    }

    @Override
    void step(double now, double seconds) {
        boolean stopped = faults.active(FaultKind.MACHINE_STOP, equipmentId(), now);
        boolean running = !stopped && !input.isEmpty();
        state(running ? MachineryItemState.EXECUTING : MachineryItemState.NOT_EXECUTING);
        if (!running) {
            return;
        }
        progressS += seconds;
        if (progressS >= cycleS) {
            progressS -= cycleS;
            grade(input.take());
        }
    }

    private void grade(Cell cell) {
        cell.dcirMOhm = physics.dcirMOhm(cell, noise);
        cell.grade = physics.grade(cell);
        show("CellId", cell.id());
        show("CapacityAh", cell.capacityAh);
        show("Dcir", cell.dcirMOhm);
        show("Ocv", cell.ocvEndV);
        show("KValue", cell.kValueMvPerDay);
        show("Grade", cell.grade);
        graded.accept(cell);
    }
}
