package io.gigafab.simulator.line;

import io.gigafab.events.EquipmentClass;
import io.gigafab.simulator.MachineryItemState;
import java.util.function.Consumer;

/**
 * A Z-fold stacker building one cell every {@code sheet_pairs × stack_cycle_time} seconds from a
 * cathode and an anode daughter roll. Each cell records the metre intervals its sheets were cut
 * from; sheets with a coating defect are caught by the sheet inspection, a stack with too little
 * insulation fails the hi-pot test.
 */
public final class StackerStation extends BaseStation {

    private final RecipeValues recipe;
    private final Faults faults;
    private final Supply cathodes;
    private final Supply anodes;
    private final Buffer<Cell> output;
    private final Consumer<Cell> rejects;
    private final CellIds cellIds;
    private final double sheetLengthM;
    private double progressS;

    StackerStation(
            String equipmentId,
            RecipeValues recipe,
            double sheetLengthM,
            CellIds cellIds,
            Faults faults,
            Buffer<DaughterRoll> cathodes,
            Buffer<DaughterRoll> anodes,
            Buffer<Cell> output,
            Consumer<Cell> rejects,
            long seed) {
        super(equipmentId, EquipmentClass.STACKER, seed);
        this.recipe = recipe;
        this.sheetLengthM = sheetLengthM;
        this.cellIds = cellIds;
        this.faults = faults;
        this.cathodes = new Supply(cathodes);
        this.anodes = new Supply(anodes);
        this.output = output;
        this.rejects = rejects;
        setpoints()
                .define(
                        new SetpointSpec("sheet_pairs", "count", 10, 200),
                        recipe.target("sheet_pairs"));
        setpoints()
                .define(
                        new SetpointSpec("stack_cycle_time", "s", 0.2, 2.0),
                        recipe.target("stack_cycle_time"));
        defineSignals();
    }

    private void defineSignals() {
        signal(Signal.context("CellId", String.class), "");
        signal(Signal.process("SheetCount", "count", 0, 400), 0.0);
        signal(Signal.process("AlignmentOffset", "mm", -3, 3), 0.0);
        signal(Signal.process("AnodeOverhang", "mm", -3, 3), 0.0);
        signal(Signal.process("CycleTime", "s", 0, 600), 0.0);
        signal(Signal.process("InsulationResistance", "MOhm", 0, 5000), 0.0);
        signal(Signal.context("HipotPassed", Boolean.class), Boolean.TRUE);
        signal(Signal.context("RejectReason", String.class), "");
        for (String side : new String[] {"Cathode", "Anode"}) {
            signal(Signal.context(side + "/DaughterRollId", String.class), "");
            signal(Signal.context(side + "/MotherRollId", String.class), "");
            signal(Signal.context(side + "/Lane", Integer.class), 0);
            signal(Signal.context(side + "/StartM", Double.class), 0.0);
            signal(Signal.context(side + "/EndM", Double.class), 0.0);
        }
    }

    @Override
    void step(double now, double seconds) {
        double metres = setpoints().get("sheet_pairs") * sheetLengthM;
        boolean stopped = faults.active(FaultKind.MACHINE_STOP, equipmentId(), now);
        boolean supplied = cathodes.canCut(metres) && anodes.canCut(metres);
        boolean running = !stopped && supplied && !output.isFull();
        state(running ? MachineryItemState.EXECUTING : MachineryItemState.NOT_EXECUTING);
        if (!running) {
            return;
        }
        progressS += seconds;
        double cycleS = setpoints().get("sheet_pairs") * setpoints().get("stack_cycle_time");
        if (progressS >= cycleS) {
            progressS -= cycleS;
            Cell cell = new Cell(cellIds.next(), now, cathodes.cut(metres), anodes.cut(metres));
            stack(cell, now);
            show(cell, cycleS);
        }
    }

    private void stack(Cell cell, double now) {
        double tolerance = recipe.upper("alignment_offset", 0.3);
        double bias = faults.magnitude(FaultKind.STACKER_MISALIGNMENT, equipmentId(), now);
        cell.alignmentOffsetMm = bias + gaussian(tolerance / 4);
        cell.overhangMm =
                recipe.target("anode_overhang") - Math.abs(cell.alignmentOffsetMm) + gaussian(0.05);
        double excess = Math.max(0.0, Math.abs(cell.alignmentOffsetMm) - tolerance) / tolerance;
        boolean hipotFails = noise.nextDouble() < 0.015 + 0.6 * Math.min(1.0, excess);
        double minimum = recipe.lower("insulation_resistance", 100);
        cell.insulationMOhm =
                hipotFails
                        ? minimum * (0.05 + 0.4 * noise.nextDouble())
                        : Math.max(
                                minimum * 1.2,
                                recipe.target("insulation_resistance") * Math.exp(gaussian(0.25)));
        if (coatingDefect(cell)) {
            cell.reject(equipmentId(), "COATING_DEFECT");
        } else if (hipotFails) {
            cell.reject(equipmentId(), "HIPOT_FAIL");
        }
        if (cell.rejected()) {
            rejects.accept(cell);
        } else {
            output.put(cell);
        }
    }

    private static boolean coatingDefect(Cell cell) {
        return cell.cathode().mother().hasDefect(cell.cathode().startM(), cell.cathode().endM())
                || cell.anode().mother().hasDefect(cell.anode().startM(), cell.anode().endM());
    }

    private void show(Cell cell, double cycleS) {
        show("CellId", cell.id());
        show("SheetCount", setpoints().get("sheet_pairs") * 2);
        show("AlignmentOffset", cell.alignmentOffsetMm);
        show("AnodeOverhang", cell.overhangMm);
        show("CycleTime", cycleS);
        show("InsulationResistance", cell.insulationMOhm);
        show("HipotPassed", !cell.defects().contains("HIPOT_FAIL"));
        show("RejectReason", cell.rejected() ? cell.defects().get(0) : "");
        showSource("Cathode", cell.cathode());
        showSource("Anode", cell.anode());
    }

    private void showSource(String side, SheetSource source) {
        show(side + "/DaughterRollId", source.rollId());
        show(side + "/MotherRollId", source.mother().id());
        show(side + "/Lane", source.roll().lane());
        show(side + "/StartM", source.startM());
        show(side + "/EndM", source.endM());
    }

    /** The daughter roll a stacker unwinds, and the next ones waiting. */
    private static final class Supply {
        private final Buffer<DaughterRoll> waiting;
        private DaughterRoll current;
        private double positionM;

        Supply(Buffer<DaughterRoll> waiting) {
            this.waiting = waiting;
        }

        boolean canCut(double metres) {
            return (current != null && positionM + metres <= current.endM()) || !waiting.isEmpty();
        }

        SheetSource cut(double metres) {
            if (current == null || positionM + metres > current.endM()) {
                current = waiting.take();
                positionM = current.startM();
            }
            SheetSource source = new SheetSource(current, positionM, positionM + metres);
            positionM += metres;
            return source;
        }
    }
}
