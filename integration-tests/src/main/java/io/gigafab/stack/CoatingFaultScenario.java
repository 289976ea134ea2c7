package io.gigafab.stack;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintStream;

/**
 * The plant-in-a-box's coating fault, from the fault to the cells it spoils, driven by a caller
 * that polls {@link #step()} (the demo every few hundred milliseconds, the end-to-end test through
 * Awaitility):
 *
 * <ol>
 *   <li>{@link Phase#WAITING_FOR_ROLL}: the line runs fast until the cathode coater is coating the
 *       first metres of a new mother roll;
 *   <li>{@link Phase#COATING}: at the line's usual speed (so the gateway samples the coating values
 *       along the roll densely) a dryer drift is injected for a stretch of the roll, and the roll
 *       is coated to its end;
 *   <li>{@link Phase#FAST_FORWARD}: the line runs fast again while the electrode waiting before the
 *       faulty roll is used up and the cells made from it are stacked, formed, aged and graded — a
 *       few simulated hours; the caller decides when it has seen enough and calls {@link
 *       #finish()}, which restores the usual speed.
 * </ol>
 *
 * The fast speed-up must stay low enough for the line driver to book every cell and for the grader
 * (8 s per cell) to show each one for at least one 100 ms tick of the simulator.
 */
public final class CoatingFaultScenario {

    /** Where the scenario stands. */
    public enum Phase {
        WAITING_FOR_ROLL,
        COATING,
        FAST_FORWARD,
        FINISHED
    }

    /** The cathode coater, where the fault goes. */
    public static final String COATER = "COAT-C01";

    /** Metres of a new roll within which the fault is injected. */
    private static final double START_WITHIN_M = 60;

    private final SimulatorControl simulator;
    private final PrintStream log;
    private final double fastSpeedUp;
    private final double driftDegrees;
    private final double faultMinutes;
    private final double usualSpeedUp;
    private Phase phase = Phase.WAITING_FOR_ROLL;
    private String faultyRoll;
    private JsonNode fault;

    /**
     * @param fastSpeedUp simulated seconds per real second while waiting and fast-forwarding
     * @param driftDegrees how many °C the coater's dryer zones drift down
     * @param faultMinutes simulated minutes the drift lasts (45 m of coating a minute)
     */
    public CoatingFaultScenario(
            SimulatorControl simulator,
            PrintStream log,
            double fastSpeedUp,
            double driftDegrees,
            double faultMinutes) {
        this.simulator = simulator;
        this.log = log;
        this.fastSpeedUp = fastSpeedUp;
        this.driftDegrees = driftDegrees;
        this.faultMinutes = faultMinutes;
        this.usualSpeedUp = simulator.speedUp();
    }

    /** One poll: moves on when the line is where the next phase needs it. */
    public synchronized Phase step() {
        switch (phase) {
            case WAITING_FOR_ROLL -> waitForRoll();
            case COATING -> coat();
            default -> {}
        }
        return phase;
    }

    /** Back to the line's usual speed-up; the scenario is over. */
    public synchronized void finish() {
        if (phase != Phase.FINISHED) {
            simulator.speedUp(usualSpeedUp);
            phase = Phase.FINISHED;
            log.printf(
                    "  scenario: the line runs at its usual speed-up %.0f again%n", usualSpeedUp);
        }
    }

    public synchronized Phase phase() {
        return phase;
    }

    /** The mother roll coated under the fault, null before the fault. */
    public synchronized String faultyRoll() {
        return faultyRoll;
    }

    /** The injected fault as the simulator described it, null before the fault. */
    public synchronized JsonNode fault() {
        return fault;
    }

    /**
     * Cells made from the roll that the MES has graded so far: once the yield-analytics job has
     * enough of them to judge the roll, the line may run at its usual speed again — the rest of the
     * roll's cells are then still on the line when the MES holds them.
     */
    public static int gradedCells(MesClient mes, String rollId) {
        JsonNode cells =
                mes.get("/api/genealogy/rolls/" + rollId + "/cells?fromM=0&toM=1000000").json();
        int graded = 0;
        for (JsonNode cell : cells.path("cells")) {
            graded += cell.path("grade").isTextual() ? 1 : 0;
        }
        return graded;
    }

    private void waitForRoll() {
        if (simulator.speedUp() != fastSpeedUp) {
            simulator.speedUp(fastSpeedUp);
            log.printf(
                    "  scenario: line at speed-up %.0f until %s starts a new roll%n",
                    fastSpeedUp, COATER);
        }
        JsonNode coater = simulator.machine(COATER);
        if (!"Executing".equals(coater.path("state").asText())
                || coater.path("rollId").isNull()
                || coater.path("positionM").asDouble() > START_WITHIN_M) {
            return;
        }
        simulator.speedUp(usualSpeedUp);
        faultyRoll = coater.path("rollId").asText();
        fault = simulator.inject("DRYER_DRIFT", COATER, driftDegrees, faultMinutes);
        phase = Phase.COATING;
        log.printf(
                "  scenario: %s on %s at %.0f m — %s%n",
                fault.path("kind").asText(),
                faultyRoll,
                coater.path("positionM").asDouble(),
                fault.path("description").asText());
    }

    private void coat() {
        if (faultyRoll.equals(simulator.machine(COATER).path("rollId").asText())) {
            return;
        }
        simulator.speedUp(fastSpeedUp);
        phase = Phase.FAST_FORWARD;
        log.printf(
                "  scenario: %s coated (under the fault: %s); line at speed-up %.0f until its"
                        + " cells are graded%n",
                faultyRoll, simulator.footprints(), fastSpeedUp);
    }
}
