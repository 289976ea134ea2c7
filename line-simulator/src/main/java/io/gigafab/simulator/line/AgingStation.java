package io.gigafab.simulator.line;

import io.gigafab.events.EquipmentClass;
import io.gigafab.simulator.MachineryItemState;

/**
 * Aging and its OCV tester: formed cells rest for the aging time, then the tester measures their
 * open-circuit voltage again, one cell per cycle. The voltage drop over the nominal aging days is
 * the self-discharge K-value (mV/day) — the screen for micro-shorts and moisture.
 */
public final class AgingStation extends BaseStation {

    private final CellPhysics physics;
    private final Faults faults;
    private final Buffer<Timed> aging;
    private final Buffer<Cell> output;
    private final double cycleS;
    private final double agingDays;
    private double progressS;

    AgingStation(
            String equipmentId,
            DesignTargets targets,
            double cycleS,
            double agingDays,
            Faults faults,
            Buffer<Timed> aging,
            Buffer<Cell> output,
            long seed) {
        super(equipmentId, EquipmentClass.AGING, seed);
        this.physics = new CellPhysics(targets);
        this.cycleS = cycleS;
        this.agingDays = agingDays;
        this.faults = faults;
        this.aging = aging;
        this.output = output;
        signal(Signal.context("CellId", String.class), "");
        signal(Signal.process("OcvStart", "V", 0, 5), 0.0);
        signal(Signal.process("OcvEnd", "V", 0, 5), 0.0);
        signal(Signal.process("AgingDays", "d", 0, 60), agingDays);
        signal(Signal.process("KValue", "mV/d", 0, 50), 0.0);
        signal(
                Signal.process("AgingTemperature", "degC", 0, 80),
                targets.aging().target("aging_temperature"));
        signal(Signal.context("CellsAging", Integer.class), 0);
    }

    @Override
    void step(double now, double seconds) {
        show("CellsAging", aging.size());
        boolean stopped = faults.active(FaultKind.MACHINE_STOP, equipmentId(), now);
        Timed next = aging.peek();
        boolean running = !stopped && next != null && next.readyAtS() <= now && !output.isFull();
        state(running ? MachineryItemState.EXECUTING : MachineryItemState.NOT_EXECUTING);
        if (!running) {
            return;
        }
        progressS += seconds;
        if (progressS >= cycleS) {
            progressS -= cycleS;
            measure(aging.take().cell());
        }
    }

    private void measure(Cell cell) {
        cell.kValueMvPerDay = physics.kValue(cell, noise);
        cell.ocvEndV = cell.ocvStartV - cell.kValueMvPerDay * agingDays / 1000.0;
        show("CellId", cell.id());
        show("OcvStart", cell.ocvStartV);
        show("OcvEnd", cell.ocvEndV);
        show("KValue", cell.kValueMvPerDay);
        output.put(cell);
    }
}
