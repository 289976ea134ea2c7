package io.gigafab.analytics.stats;

/**
 * The four Western Electric rules on an individuals chart, applied to the latest point given the
 * points before it, all as z-scores (distance from the centre line in σ):
 *
 * <ol>
 *   <li>one point beyond 3σ;
 *   <li>two of three consecutive points beyond 2σ on the same side;
 *   <li>four of five consecutive points beyond 1σ on the same side;
 *   <li>eight consecutive points on the same side of the centre line.
 * </ol>
 */
public final class WesternElectric {

    /** How many points the rules look back, including the latest. */
    public static final int WINDOW = 8;

    private WesternElectric() {}

    /**
     * The lowest-numbered rule the latest point violates, or 0.
     *
     * @param recent z-scores, oldest first, the latest last (at most {@link #WINDOW} used)
     * @param count how many entries of {@code recent} are valid, from index 0
     */
    public static int violatedRule(double[] recent, int count) {
        if (count == 0) {
            return 0;
        }
        double latest = recent[count - 1];
        if (Math.abs(latest) > 3) {
            return 1;
        }
        double side = Math.signum(latest);
        if (side == 0) {
            return 0;
        }
        if (sameSideBeyond(recent, count, 3, 2, side) >= 2 && Math.abs(latest) > 2) {
            return 2;
        }
        if (sameSideBeyond(recent, count, 5, 1, side) >= 4 && Math.abs(latest) > 1) {
            return 3;
        }
        if (count >= 8 && sameSideBeyond(recent, count, 8, 0, side) == 8) {
            return 4;
        }
        return 0;
    }

    private static int sameSideBeyond(
            double[] recent, int count, int last, double sigmas, double side) {
        int hits = 0;
        for (int i = Math.max(0, count - last); i < count; i++) {
            if (recent[i] * side > sigmas) {
                hits++;
            }
        }
        return hits;
    }
}
