package io.gigafab.simulator.line;

/**
 * A coated electrode mother roll as a coordinate space in metres: what the coater and the calender
 * recorded along it, segment by segment. Every later effect of the electrode on a cell is looked up
 * here through the metre interval the cell's sheets were cut from.
 */
public final class MotherRoll {

    /** Length of one recorded segment in metres. */
    public static final double SEGMENT_M = 10.0;

    private final String id;
    private final Electrode electrode;
    private final double lengthM;
    private final double targetCoatWeight;
    private final SegmentSeries coatWeight;
    private final SegmentSeries moisture;
    private final SegmentSeries density;
    private final boolean[] defects;

    public MotherRoll(String id, Electrode electrode, double lengthM, double targetCoatWeight) {
        this.id = id;
        this.electrode = electrode;
        this.lengthM = lengthM;
        this.targetCoatWeight = targetCoatWeight;
        int segments = (int) Math.ceil(lengthM / SEGMENT_M);
        this.coatWeight = new SegmentSeries(segments);
        this.moisture = new SegmentSeries(segments);
        this.density = new SegmentSeries(segments);
        this.defects = new boolean[segments];
    }

    public String id() {
        return id;
    }

    public Electrode electrode() {
        return electrode;
    }

    public double lengthM() {
        return lengthM;
    }

    public double targetCoatWeight() {
        return targetCoatWeight;
    }

    void recordCoating(double positionM, double coatWeightMgCm2, double moisturePpm) {
        coatWeight.add(segment(positionM), coatWeightMgCm2);
        moisture.add(segment(positionM), moisturePpm);
    }

    void recordCalendering(double positionM, double densityGcm3) {
        density.add(segment(positionM), densityGcm3);
    }

    /** A coating defect (pinhole, agglomerate, streak) in the segment at {@code positionM}. */
    void markDefect(double positionM) {
        defects[segment(positionM)] = true;
    }

    /** Whether any segment of {@code [startM, endM)} carries a coating defect. */
    public boolean hasDefect(double startM, double endM) {
        for (int i = segment(startM); i <= segment(endM - 1e-9); i++) {
            if (defects[i]) {
                return true;
            }
        }
        return false;
    }

    /** Mean coat weight in mg/cm² over {@code [startM, endM)}. */
    public double coatWeight(double startM, double endM) {
        return coatWeight.mean(segment(startM), segment(endM - 1e-9));
    }

    /** Relative deviation of the coat weight from its target over {@code [startM, endM)}. */
    public double coatWeightDeviation(double startM, double endM) {
        return coatWeight(startM, endM) / targetCoatWeight - 1.0;
    }

    /** Mean residual moisture in ppm over {@code [startM, endM)}. */
    public double moisture(double startM, double endM) {
        return moisture.mean(segment(startM), segment(endM - 1e-9));
    }

    /** Mean calendered density in g/cm³ over {@code [startM, endM)}; NaN before calendering. */
    public double density(double startM, double endM) {
        return density.mean(segment(startM), segment(endM - 1e-9));
    }

    private int segment(double positionM) {
        int index = (int) Math.floor(Math.max(0.0, positionM) / SEGMENT_M);
        return Math.min(index, coatWeight.size() - 1);
    }

    /** Running sums per segment, so a mean over any segment range is cheap. */
    private static final class SegmentSeries {
        private final double[] sum;
        private final int[] count;

        SegmentSeries(int segments) {
            sum = new double[segments];
            count = new int[segments];
        }

        int size() {
            return sum.length;
        }

        void add(int segment, double value) {
            sum[segment] += value;
            count[segment]++;
        }

        double mean(int from, int to) {
            double total = 0;
            int n = 0;
            for (int i = from; i <= to; i++) {
                total += sum[i];
                n += count[i];
            }
            return n == 0 ? Double.NaN : total / n;
        }
    }
}
