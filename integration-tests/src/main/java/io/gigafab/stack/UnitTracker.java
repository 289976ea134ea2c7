package io.gigafab.stack;

import java.io.PrintStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Moves rolls and cells through the MES route as an operator of line L1 would at the terminal:
 * register, track in, track out. The rule is simple: a unit seen at a station has passed every
 * earlier station of its route, so those are tracked in and out (PASS) first. A unit the MES
 * refuses (e.g. on hold) is left where it is and reported once.
 */
final class UnitTracker {

    static final String ORDER = "PO-L1-0001";
    static final List<String> ROLL_STEPS = List.of("COATING", "CALENDERING", "SLITTING");
    static final List<String> CELL_STEPS =
            List.of("STACKING", "FILLING", "FORMATION", "AGING", "GRADING");

    /** Where a unit stands on its route: steps done, and the step it is tracked in at. */
    private static final class Progress {
        final char polarity;
        int done = -1;
        int inProcess = -1;

        Progress(char polarity) {
            this.polarity = polarity;
        }
    }

    private final MesClient operator;
    private final PrintStream log;
    private final double rollLengthM;
    private final int lanes;
    private final Map<String, Progress> units = new HashMap<>();
    private final Set<String> refused = new java.util.HashSet<>();
    private final java.util.Queue<String> cellIds =
            new java.util.concurrent.ConcurrentLinkedQueue<>();
    private volatile int cellsTracked;

    UnitTracker(MesClient operator, PrintStream log, double rollLengthM, int lanes) {
        this.operator = operator;
        this.log = log;
        this.rollLengthM = rollLengthM;
        this.lanes = lanes;
    }

    int cellsTracked() {
        return cellsTracked;
    }

    /** The cells registered in the MES so far, in registration order (thread-safe). */
    List<String> cellIds() {
        return List.copyOf(cellIds);
    }

    /** A mother roll seen at a coater, calender or slitter (polarity C or A from the machine). */
    void rollAt(String rollId, char polarity, String step) {
        if (!units.containsKey(rollId) && !registerRoll(rollId, polarity)) {
            return;
        }
        advance(rollId, ROLL_STEPS, ROLL_STEPS.indexOf(step));
    }

    /** A daughter roll is needed by a cell: its mother must have been slit. */
    boolean daughterReady(String daughterId, String motherId, char polarity) {
        if (units.containsKey(daughterId)) {
            return true;
        }
        rollAt(motherId, polarity, "SLITTING");
        finishSlitting(motherId);
        return units.containsKey(daughterId);
    }

    /** The slitter moved on: the roll it was slitting is cut into its lanes and tracked out. */
    void finishSlitting(String motherId) {
        Progress p = units.get(motherId);
        if (p != null && p.inProcess == ROLL_STEPS.indexOf("SLITTING")) {
            trackOut(motherId, p, Map.of());
        }
    }

    /** A cell made at the stacker from two daughter-roll intervals. */
    void cellStacked(String cellId, List<Map<String, Object>> sheets) {
        if (units.containsKey(cellId) || refused.contains(cellId)) {
            return;
        }
        MesClient.Answer answer =
                operator.post(
                        "/api/cells", Map.of("id", cellId, "orderId", ORDER, "sheets", sheets));
        if (!accepted(cellId, "register", answer)) {
            return;
        }
        units.put(cellId, new Progress('-'));
        advance(cellId, CELL_STEPS, 0);
        cellIds.add(cellId);
        cellsTracked++;
    }

    /** A cell seen at filling, formation, aging or grading. */
    void cellAt(String cellId, String step) {
        if (units.containsKey(cellId)) {
            advance(cellId, CELL_STEPS, CELL_STEPS.indexOf(step));
        }
    }

    /** The grader is done with a cell: tracked out with its measured key values. */
    void cellGraded(String cellId, Map<String, Double> keyValues) {
        Progress p = units.get(cellId);
        if (p != null && p.inProcess == CELL_STEPS.indexOf("GRADING")) {
            trackOut(cellId, p, keyValues);
        }
    }

    private boolean registerRoll(String rollId, char polarity) {
        String lot = polarity == 'C' ? "ML-LFP-2611-001" : "ML-GR-2611-001";
        MesClient.Answer answer =
                operator.post(
                        "/api/rolls",
                        Map.of(
                                "id", rollId,
                                "orderId", ORDER,
                                "polarity", polarity == 'C' ? "CATHODE" : "ANODE",
                                "lengthM", rollLengthM,
                                "materialLots", List.of(Map.of("lotId", lot, "quantity", 1))));
        if (accepted(rollId, "register", answer)) {
            units.put(rollId, new Progress(polarity));
            return true;
        }
        return false;
    }

    /** Tracks the unit out of its current step and through skipped ones, then in at {@code to}. */
    private void advance(String unitId, List<String> steps, int to) {
        Progress p = units.get(unitId);
        if (p == null || to < 0 || p.inProcess == to || p.done >= to || refused.contains(unitId)) {
            return;
        }
        if (p.inProcess >= 0 && !trackOut(unitId, p, Map.of())) {
            return;
        }
        for (int step = p.done + 1; step <= to; step++) {
            if (!trackIn(unitId, p, steps, step)) {
                return;
            }
            if (step < to && !trackOut(unitId, p, Map.of())) {
                return;
            }
        }
    }

    private boolean trackIn(String unitId, Progress p, List<String> steps, int step) {
        String machine = machine(steps, step, p.polarity);
        MesClient.Answer answer =
                operator.post("/api/units/" + unitId + "/track-in", Map.of("equipmentId", machine));
        if (accepted(unitId, "track in at " + machine, answer)) {
            p.inProcess = step;
            return true;
        }
        return false;
    }

    private boolean trackOut(String unitId, Progress p, Map<String, Double> keyValues) {
        if (p.polarity != '-' && ROLL_STEPS.get(p.inProcess).equals("SLITTING") && !slit(unitId)) {
            return false;
        }
        MesClient.Answer answer =
                operator.post(
                        "/api/units/" + unitId + "/track-out",
                        Map.of("result", "PASS", "keyValues", keyValues),
                        UUID.randomUUID().toString());
        if (accepted(unitId, "track out", answer)) {
            p.done = p.inProcess;
            p.inProcess = -1;
            return true;
        }
        return false;
    }

    /**
     * Cuts the mother roll into one daughter roll per lane, the whole length (ids as the
     * simulator's).
     */
    private boolean slit(String motherId) {
        List<Map<String, Object>> daughters = new java.util.ArrayList<>();
        for (int lane = 1; lane <= lanes; lane++) {
            daughters.add(
                    Map.of(
                            "id",
                            motherId + "-L" + lane,
                            "lane",
                            lane,
                            "startM",
                            0,
                            "endM",
                            rollLengthM));
        }
        MesClient.Answer answer =
                operator.post(
                        "/api/rolls/" + motherId + "/daughters", Map.of("daughters", daughters));
        if (!accepted(motherId, "slit", answer)) {
            return false;
        }
        char polarity = units.get(motherId).polarity;
        daughters.forEach(d -> units.put((String) d.get("id"), new Progress(polarity)));
        return true;
    }

    private static String machine(List<String> steps, int step, char polarity) {
        String operation = steps.get(step);
        return switch (operation) {
            case "COATING" -> "COAT-" + polarity + "01";
            case "CALENDERING" -> "CAL-" + polarity + "01";
            case "SLITTING" -> "SLIT-" + polarity + "01";
            default -> LineLayout.CELL_MACHINES.get(operation);
        };
    }

    private boolean accepted(String unitId, String action, MesClient.Answer answer) {
        if (answer.ok()) {
            return true;
        }
        if (refused.add(unitId)) {
            log.printf(
                    "  line driver: MES refused %s of %s: %s %s%n",
                    action, unitId, answer.status(), answer.body());
        }
        return false;
    }
}
