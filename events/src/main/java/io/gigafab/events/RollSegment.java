package io.gigafab.events;

/**
 * A metre interval {@code [startM, endM)} along an electrode roll, optionally on one slitting lane.
 * This is the unit of meter-interval genealogy: a cell records which segments of which rolls it
 * contains, a hold can cover a segment, an insight can point at one.
 *
 * @param rollId the roll (mother or daughter roll) id
 * @param startM start position in metres from the roll start, inclusive, &ge; 0
 * @param endM end position in metres, exclusive, &gt; startM
 * @param lane the slitting lane on a mother roll, numbered from 1; null when the segment covers the
 *     whole width or the roll is already a daughter roll
 */
public record RollSegment(String rollId, double startM, double endM, Integer lane) {

    public RollSegment {
        Require.text(rollId, "RollSegment.rollId");
        Require.nonNegative(startM, "RollSegment.startM");
        Require.finite(endM, "RollSegment.endM");
        if (!(startM < endM)) {
            throw new IllegalArgumentException(
                    "RollSegment.startM must be less than endM, got " + startM + " >= " + endM);
        }
        if (lane != null) {
            Require.atLeast(lane, 1, "RollSegment.lane");
        }
    }

    /** A segment across the whole roll width. */
    public RollSegment(String rollId, double startM, double endM) {
        this(rollId, startM, endM, null);
    }

    /** The segment length in metres. */
    public double lengthM() {
        return endM - startM;
    }

    /** Whether this segment shares at least one position with the other, on the same roll. */
    public boolean overlaps(RollSegment other) {
        return rollId.equals(other.rollId)
                && (lane == null || other.lane == null || lane.equals(other.lane))
                && startM < other.endM
                && other.startM < endM;
    }
}
