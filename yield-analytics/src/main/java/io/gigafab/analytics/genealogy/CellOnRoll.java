package io.gigafab.analytics.genealogy;

/**
 * A cell made from a metre interval of a mother roll, with its outcome once known.
 *
 * @param motherRollId the coated mother roll (a daughter roll's lane suffix removed)
 * @param cellId the cell
 * @param startM start of the interval in mother-roll metres
 * @param endM end of the interval
 * @param outcome {@link #UNKNOWN}, {@link #GOOD} or {@link #FAILING}
 * @param occurredAtMillis event time of the fact this was emitted for
 */
public record CellOnRoll(
        String motherRollId,
        String cellId,
        double startM,
        double endM,
        int outcome,
        long occurredAtMillis) {

    public static final int UNKNOWN = 0;
    public static final int GOOD = 1;
    public static final int FAILING = 2;

    public CellOnRoll withOutcome(int newOutcome, long atMillis) {
        return new CellOnRoll(motherRollId, cellId, startM, endM, newOutcome, atMillis);
    }

    public boolean overlaps(double fromM, double toM) {
        return startM < toM && fromM < endM;
    }

    /**
     * The mother roll of a roll id: a daughter roll is its mother's id plus "-L" and the lane, e.g.
     * RC-DEMO-00001-L2 → RC-DEMO-00001; its metres are the mother's metres.
     */
    public static String motherOf(String rollId) {
        int lane = rollId.lastIndexOf("-L");
        if (lane < 0 || lane + 2 == rollId.length()) {
            return rollId;
        }
        for (int i = lane + 2; i < rollId.length(); i++) {
            if (!Character.isDigit(rollId.charAt(i))) {
                return rollId;
            }
        }
        return rollId.substring(0, lane);
    }
}
