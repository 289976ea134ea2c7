package io.gigafab.simulator.line;

import io.gigafab.events.EquipmentClass;
import io.gigafab.simulator.MachineryItemState;
import java.util.function.Consumer;

/**
 * Vacuum electrolyte filling in the dry room, one cell per cycle, then the cell soaks (wets) for
 * the recipe's soak time before formation. A fill mass outside the recipe limits rejects the cell;
 * the dry room's dew point is recorded with every cell.
 */
public final class FillerStation extends BaseStation {

    private final RecipeValues recipe;
    private final Faults faults;
    private final Buffer<Cell> input;
    private final Buffer<Timed> soaking;
    private final Consumer<Cell> rejects;
    private final double cycleS;
    private final double soakS;
    private double progressS;

    FillerStation(
            String equipmentId,
            RecipeValues recipe,
            double cycleS,
            double soakS,
            Faults faults,
            Buffer<Cell> input,
            Buffer<Timed> soaking,
            Consumer<Cell> rejects,
            long seed) {
        super(equipmentId, EquipmentClass.FILLER, seed);
        this.recipe = recipe;
        this.cycleS = cycleS;
        this.soakS = soakS;
        this.faults = faults;
        this.input = input;
        this.soaking = soaking;
        this.rejects = rejects;
        double mass = recipe.target("electrolyte_mass");
        setpoints().define(new SetpointSpec("electrolyte_mass", "g", mass * 0.5, mass * 1.5), mass);
        signal(Signal.context("CellId", String.class), "");
        signal(Signal.process("ElectrolyteMass", "g", 0, mass * 2), 0.0);
        signal(Signal.process("VacuumLevel", "kPa", 0, 101.3), 101.3);
        signal(Signal.process("WettingTime", "h", 0, 48), soakS / 3600.0);
        signal(Signal.process("DewPoint", "degC", -80, 20), recipe.target("dew_point"));
    }

    @Override
    void step(double now, double seconds) {
        double dewPoint =
                recipe.target("dew_point")
                        + faults.magnitude(FaultKind.DEW_POINT_EXCURSION, equipmentId(), now)
                        + gaussian(0.4);
        show("DewPoint", dewPoint);
        boolean stopped = faults.active(FaultKind.MACHINE_STOP, equipmentId(), now);
        boolean running = !stopped && !input.isEmpty() && !soaking.isFull();
        state(running ? MachineryItemState.EXECUTING : MachineryItemState.NOT_EXECUTING);
        if (!running) {
            return;
        }
        progressS += seconds;
        if (progressS >= cycleS) {
            progressS -= cycleS;
            fill(input.take(), now, dewPoint);
        }
    }

    private void fill(Cell cell, double now, double dewPoint) {
        cell.electrolyteMassG = setpoints().get("electrolyte_mass") * (1 + gaussian(0.005));
        cell.dewPointC = dewPoint;
        show("CellId", cell.id());
        show("ElectrolyteMass", cell.electrolyteMassG);
        show("VacuumLevel", recipe.target("fill_vacuum") + gaussian(0.2));
        double lower = recipe.lower("electrolyte_mass", 0);
        double upper = recipe.upper("electrolyte_mass", Double.MAX_VALUE);
        if (cell.electrolyteMassG < lower || cell.electrolyteMassG > upper) {
            cell.reject(equipmentId(), "ELECTROLYTE_MASS");
            rejects.accept(cell);
        } else {
            soaking.put(new Timed(cell, now + soakS));
        }
    }
}
