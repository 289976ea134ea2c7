package io.gigafab.simulator.line;

import io.gigafab.events.EquipmentClass;
import io.gigafab.simulator.MachineryItemState;
import java.util.function.Consumer;

/**
 * A formation cycler with trays of channels. A full tray of soaked cells is loaded into a free tray
 * position and runs the formation protocol: constant-current charge to the recipe's upper voltage,
 * constant-voltage hold, rest. Every channel shows its cell's voltage, current and temperature over
 * the protocol, and the formation capacity and coulombic efficiency at the end.
 */
public final class FormationStation extends BaseStation {

    /** Share of cells that fail formation on their own (internal short, no voltage rise). */
    static final double FORMATION_FAILURE = 0.005;

    private static final String[] CHANNEL_SIGNALS = {
        "CellId", "Step", "Voltage", "Current", "Temperature", "CapacityAh", "CoulombicEfficiency"
    };
    private static final int CELL_ID = 0;
    private static final int STEP = 1;
    private static final int VOLTAGE = 2;
    private static final int CURRENT = 3;
    private static final int TEMPERATURE = 4;
    private static final int CAPACITY = 5;
    private static final int EFFICIENCY = 6;

    private final DesignTargets targets;
    private final CellPhysics physics;
    private final Faults faults;
    private final Buffer<Timed> soaking;
    private final Buffer<Timed> aging;
    private final Consumer<Cell> rejects;
    private final int channels;
    private final double formationS;
    private final double agingS;
    private final Tray[] trays;
    private final String[][][] paths;

    FormationStation(
            String equipmentId,
            DesignTargets targets,
            int trayCount,
            int channels,
            double formationS,
            double agingS,
            Faults faults,
            Buffer<Timed> soaking,
            Buffer<Timed> aging,
            Consumer<Cell> rejects,
            long seed) {
        super(equipmentId, EquipmentClass.FORMATION, seed);
        this.targets = targets;
        this.physics = new CellPhysics(targets);
        this.channels = channels;
        this.formationS = formationS;
        this.agingS = agingS;
        this.faults = faults;
        this.soaking = soaking;
        this.aging = aging;
        this.rejects = rejects;
        this.trays = new Tray[trayCount];
        this.paths = new String[trayCount][channels][CHANNEL_SIGNALS.length];
        double upper = targets.formation().highestChargeVoltage();
        setpoints()
                .define(
                        new SetpointSpec("charge_c_rate", "C", 0.02, 0.5),
                        targets.formation().chargeCRate());
        setpoints()
                .define(
                        new SetpointSpec(
                                "charge_voltage",
                                "V",
                                targets.voltageWindowV().lower(),
                                targets.voltageWindowV().upper()),
                        upper);
        for (int t = 0; t < trayCount; t++) {
            trays[t] = new Tray(channels);
            defineTraySignals(t);
        }
    }

    private void defineTraySignals(int tray) {
        double maxCurrent = 0.5 * targets.nominalCapacityAh();
        signal(Signal.context(trayPath(tray, "TrayId"), String.class), "");
        for (int ch = 0; ch < channels; ch++) {
            for (int i = 0; i < CHANNEL_SIGNALS.length; i++) {
                paths[tray][ch][i] = channelPath(tray, ch, CHANNEL_SIGNALS[i]);
            }
            signal(Signal.context(channelPath(tray, ch, "CellId"), String.class), "");
            signal(Signal.context(channelPath(tray, ch, "Step"), String.class), "IDLE");
            signal(Signal.process(channelPath(tray, ch, "Voltage"), "V", 0, 5), 0.0);
            signal(Signal.process(channelPath(tray, ch, "Current"), "A", 0, maxCurrent), 0.0);
            signal(Signal.process(channelPath(tray, ch, "Temperature"), "degC", 0, 80), 25.0);
            signal(
                    Signal.process(
                            channelPath(tray, ch, "CapacityAh"),
                            "Ah",
                            0,
                            targets.nominalCapacityAh() * 1.5),
                    0.0);
            signal(Signal.process(channelPath(tray, ch, "CoulombicEfficiency"), "%", 0, 100), 0.0);
        }
    }

    @Override
    void step(double now, double seconds) {
        boolean stopped = faults.active(FaultKind.MACHINE_STOP, equipmentId(), now);
        boolean anyRunning = false;
        for (int t = 0; t < trays.length; t++) {
            Tray tray = trays[t];
            if (!tray.loaded() && !stopped) {
                load(t, now);
            }
            if (tray.loaded()) {
                anyRunning = true;
                if (!stopped) {
                    tray.elapsedS += seconds;
                }
                showChannels(t, now);
                if (tray.elapsedS >= formationS) {
                    finish(t, now);
                }
            }
        }
        state(
                anyRunning && !stopped
                        ? MachineryItemState.EXECUTING
                        : MachineryItemState.NOT_EXECUTING);
    }

    private void load(int t, double now) {
        Timed last = soaking.peek(channels - 1);
        if (last == null || last.readyAtS() > now || !aging.hasRoomFor(channels)) {
            return;
        }
        Tray tray = trays[t];
        for (int ch = 0; ch < channels; ch++) {
            tray.cells[ch] = soaking.take().cell();
        }
        tray.elapsedS = 0;
        tray.number++;
        show(
                trayPath(t, "TrayId"),
                String.format("%s-T%02d-%05d", equipmentId(), t + 1, tray.number));
    }

    private void showChannels(int t, double now) {
        Tray tray = trays[t];
        double f = Math.min(1.0, tray.elapsedS / formationS);
        for (int ch = 0; ch < channels; ch++) {
            Cell cell = tray.cells[ch];
            boolean fault = faults.channelFault(equipmentId(), t * channels + ch + 1, now);
            tray.failed[ch] |= fault && cell != null;
            String[] at = paths[t][ch];
            show(at[CELL_ID], cell == null ? "" : cell.id());
            show(at[STEP], cell == null ? "IDLE" : stepName(f));
            show(at[VOLTAGE], cell == null ? 0.0 : voltage(f));
            show(at[CURRENT], cell == null ? 0.0 : fault ? SensorFault.FAILED : current(f));
            show(at[TEMPERATURE], temperature(cell == null || fault ? 0 : current(f)));
        }
    }

    private void finish(int t, double now) {
        Tray tray = trays[t];
        for (int ch = 0; ch < channels; ch++) {
            Cell cell = tray.cells[ch];
            if (cell == null) {
                continue;
            }
            if (tray.failed[ch] || noise.nextDouble() < FORMATION_FAILURE) {
                tray.failed[ch] = true;
                cell.capacityAh = 0.0;
                cell.reject(equipmentId(), "FORMATION_FAULT");
                rejects.accept(cell);
            } else {
                cell.capacityAh = physics.capacityAh(cell, noise);
                cell.coulombicEfficiency = physics.coulombicEfficiency(cell, noise);
                cell.ocvStartV = physics.ocvV(noise);
                aging.put(new Timed(cell, now + agingS));
            }
            show(paths[t][ch][CAPACITY], cell.capacityAh);
            show(paths[t][ch][EFFICIENCY], tray.failed[ch] ? 0.0 : 100 * cell.coulombicEfficiency);
            tray.cells[ch] = null;
            tray.failed[ch] = false;
        }
        tray.elapsedS = -1;
    }

    private String stepName(double f) {
        return f < 0.7 ? "CC_CHARGE" : f < 0.85 ? "CV_CHARGE" : f < 1.0 ? "REST" : "DONE";
    }

    private double voltage(double f) {
        double lower = targets.voltageWindowV().lower();
        double upper = setpoints().get("charge_voltage");
        if (f < 0.7) {
            return lower + (upper - lower) * (0.2 + 0.8 * Math.sqrt(f / 0.7)) + gaussian(0.002);
        }
        if (f < 0.85) {
            return upper + gaussian(0.001);
        }
        return upper - 0.08 * (1 - Math.exp(-(f - 0.85) / 0.03)) + gaussian(0.001);
    }

    private double current(double f) {
        double cc = setpoints().get("charge_c_rate") * targets.nominalCapacityAh();
        if (f < 0.7) {
            return cc * (1 + gaussian(0.002));
        }
        return f < 0.85 ? cc * Math.exp(-(f - 0.7) / 0.03) : 0.0;
    }

    private double temperature(double current) {
        double base = targets.formation().target("cell_temperature");
        return base + 3.0 * current / (0.1 * targets.nominalCapacityAh()) + gaussian(0.2);
    }

    private static String trayPath(int tray, String name) {
        return String.format("Tray%02d/%s", tray + 1, name);
    }

    private static String channelPath(int tray, int channel, String name) {
        return trayPath(tray, String.format("Ch%02d/%s", channel + 1, name));
    }

    /** One tray position of the cycler and the cells in its channels. */
    private static final class Tray {
        final Cell[] cells;
        final boolean[] failed;
        double elapsedS = -1;
        int number;

        Tray(int channels) {
            cells = new Cell[channels];
            failed = new boolean[channels];
        }

        boolean loaded() {
            return elapsedS >= 0;
        }
    }
}
