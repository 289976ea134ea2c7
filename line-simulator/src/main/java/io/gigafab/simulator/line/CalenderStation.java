package io.gigafab.simulator.line;

import io.gigafab.events.EquipmentClass;
import io.gigafab.simulator.MachineryItemState;

/**
 * A calender compacting coated mother rolls to their target density. The gap sets the thickness, so
 * the density follows the mass coated on each metre: a heavy stretch of coating comes out
 * over-densified. The density is recorded on the mother roll metre by metre.
 */
public final class CalenderStation extends BaseStation {

    private final RecipeValues recipe;
    private final Faults faults;
    private final Buffer<MotherRoll> input;
    private final Buffer<MotherRoll> output;
    private MotherRoll roll;
    private double positionM;

    CalenderStation(
            String equipmentId,
            RecipeValues recipe,
            Faults faults,
            Buffer<MotherRoll> input,
            Buffer<MotherRoll> output,
            long seed) {
        super(equipmentId, EquipmentClass.CALENDER, seed);
        this.recipe = recipe;
        this.faults = faults;
        this.input = input;
        this.output = output;
        double gap = recipe.target("roll_gap");
        double force = recipe.target("roll_force");
        setpoints()
                .define(
                        new SetpointSpec("line_speed", "m/min", 5, 120),
                        recipe.target("line_speed"));
        setpoints().define(new SetpointSpec("roll_gap", "um", gap * 0.7, gap * 1.3), gap);
        setpoints().define(new SetpointSpec("roll_force", "kN", force * 0.5, force * 1.5), force);
        setpoints()
                .define(
                        new SetpointSpec("roll_temperature", "degC", 20, 150),
                        recipe.target("roll_temperature"));
        double density = recipe.target("target_density");
        signal(Signal.process("LineSpeed", "m/min", 0, 120), 0.0);
        signal(Signal.process("RollGap", "um", 0, gap * 2), gap);
        signal(Signal.process("RollForce", "kN", 0, force * 2), 0.0);
        signal(Signal.process("RollTemperature", "degC", 0, 200), 20.0);
        signal(Signal.process("Thickness", "um", 0, 400), 0.0);
        signal(Signal.process("Density", "g/cm3", 0, density * 2), 0.0);
        signal(Signal.context("RollId", String.class), "");
        signal(Signal.context("PositionM", Double.class), 0.0);
    }

    @Override
    void step(double now, double seconds) {
        // A roll is loaded only when the calendered one can go on: a blocked calender leaves the
        // next roll in the buffer, so the buffer size alone sets the work in progress.
        if (roll == null && !input.isEmpty() && !output.isFull()) {
            roll = input.take();
            positionM = 0.0;
        }
        boolean stopped = faults.active(FaultKind.MACHINE_STOP, equipmentId(), now);
        boolean running = roll != null && !stopped && !output.isFull();
        state(running ? MachineryItemState.EXECUTING : MachineryItemState.NOT_EXECUTING);
        double speed = running ? setpoints().get("line_speed") : 0.0;
        double density = running ? press(speed * seconds / 60.0) : 0.0;
        show("LineSpeed", speed);
        show("RollGap", setpoints().get("roll_gap") + gaussian(0.2));
        show("RollForce", running ? setpoints().get("roll_force") * (1 + gaussian(0.01)) : 0.0);
        show("RollTemperature", setpoints().get("roll_temperature") + gaussian(0.3));
        show("Thickness", running ? thickness() : 0.0);
        show("Density", density);
        show("RollId", roll == null ? "" : roll.id());
        show("PositionM", positionM);
        if (roll != null && positionM >= roll.lengthM()) {
            output.put(roll);
            roll = null;
        }
    }

    private double press(double metres) {
        positionM = Math.min(positionM + metres, roll.lengthM());
        double at = Math.max(0.0, positionM - metres / 2);
        double deviation = roll.coatWeightDeviation(at, at + 1e-3);
        double massRatio = Double.isNaN(deviation) ? 1.0 : 1.0 + deviation;
        double gapRatio = recipe.target("roll_gap") / setpoints().get("roll_gap");
        double forceRatio = setpoints().get("roll_force") / recipe.target("roll_force");
        double density =
                recipe.target("target_density")
                        * massRatio
                        * gapRatio
                        * (1 + 0.03 * (forceRatio - 1))
                        * (1 + gaussian(0.004));
        roll.recordCalendering(at, density);
        return density;
    }

    private double thickness() {
        double gapRatio = setpoints().get("roll_gap") / recipe.target("roll_gap");
        return recipe.target("calendered_thickness") * gapRatio + gaussian(0.5);
    }
}
