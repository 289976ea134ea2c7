package io.gigafab.simulator.line;

import io.gigafab.events.EquipmentClass;
import io.gigafab.simulator.MachineryItemState;
import java.util.ArrayList;
import java.util.List;

/**
 * A slitter cutting a calendered mother roll into lanes. Each lane becomes a daughter roll that
 * maps {@code [StartM, EndM]} of that lane of the mother roll; the burr height grows as the knives
 * wear and drops back after a knife change.
 */
public final class SlitterStation extends BaseStation {

    /** Metres slit between knife changes. */
    static final double KNIFE_LIFE_M = 60_000;

    private final RecipeValues recipe;
    private final Faults faults;
    private final Buffer<MotherRoll> input;
    private final Buffer<DaughterRoll> output;
    private final int lanes;
    private MotherRoll roll;
    private double positionM;
    private double knifeWearM;

    SlitterStation(
            String equipmentId,
            RecipeValues recipe,
            int lanes,
            Faults faults,
            Buffer<MotherRoll> input,
            Buffer<DaughterRoll> output,
            long seed) {
        super(equipmentId, EquipmentClass.SLITTER, seed);
        this.recipe = recipe;
        this.lanes = lanes;
        this.faults = faults;
        this.input = input;
        this.output = output;
        setpoints()
                .define(new SetpointSpec("web_speed", "m/min", 5, 200), recipe.target("web_speed"));
        signal(Signal.process("WebSpeed", "m/min", 0, 200), 0.0);
        signal(Signal.process("BurrHeight", "um", 0, 30), 0.0);
        signal(Signal.context("Lanes", Integer.class), lanes);
        signal(Signal.context("MotherRollId", String.class), "");
        signal(Signal.context("PositionM", Double.class), 0.0);
        for (int lane = 1; lane <= lanes; lane++) {
            signal(Signal.context(lanePath(lane, "DaughterRollId"), String.class), "");
            signal(Signal.context(lanePath(lane, "StartM"), Double.class), 0.0);
            signal(Signal.context(lanePath(lane, "EndM"), Double.class), 0.0);
            signal(Signal.process(lanePath(lane, "BurrHeight"), "um", 0, 30), 0.0);
        }
    }

    @Override
    void step(double now, double seconds) {
        // As the calender: the next roll stays in the buffer until its lanes have room.
        if (roll == null && !input.isEmpty() && output.hasRoomFor(lanes)) {
            roll = input.take();
            positionM = 0.0;
        }
        boolean stopped = faults.active(FaultKind.MACHINE_STOP, equipmentId(), now);
        boolean running = roll != null && !stopped && output.hasRoomFor(lanes);
        state(running ? MachineryItemState.EXECUTING : MachineryItemState.NOT_EXECUTING);
        double speed = running ? setpoints().get("web_speed") : 0.0;
        if (running) {
            double metres = Math.min(speed * seconds / 60.0, roll.lengthM() - positionM);
            positionM += metres;
            knifeWearM = (knifeWearM + metres) % KNIFE_LIFE_M;
        }
        show("WebSpeed", speed);
        show("MotherRollId", roll == null ? "" : roll.id());
        show("PositionM", positionM);
        showLanes(running);
        if (roll != null && positionM >= roll.lengthM()) {
            daughters().forEach(output::put);
            roll = null;
        }
    }

    private void showLanes(boolean running) {
        double worst = 0.0;
        for (int lane = 1; lane <= lanes; lane++) {
            double burr = running ? burr() : 0.0;
            worst = Math.max(worst, burr);
            show(lanePath(lane, "DaughterRollId"), roll == null ? "" : daughterId(lane));
            show(lanePath(lane, "StartM"), 0.0);
            show(lanePath(lane, "EndM"), positionM);
            show(lanePath(lane, "BurrHeight"), burr);
        }
        show("BurrHeight", worst);
    }

    private double burr() {
        double wear = 3.0 * knifeWearM / KNIFE_LIFE_M;
        return Math.max(0.5, recipe.target("burr_height") + wear + gaussian(0.6));
    }

    private List<DaughterRoll> daughters() {
        List<DaughterRoll> daughters = new ArrayList<>();
        for (int lane = 1; lane <= lanes; lane++) {
            daughters.add(new DaughterRoll(daughterId(lane), roll, lane, 0.0, roll.lengthM()));
        }
        return daughters;
    }

    private String daughterId(int lane) {
        return roll.id() + "-L" + lane;
    }

    private static String lanePath(int lane, String name) {
        return "Lane" + lane + "/" + name;
    }
}
