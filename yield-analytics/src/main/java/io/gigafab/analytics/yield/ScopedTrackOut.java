package io.gigafab.analytics.yield;

import org.apache.flink.api.common.functions.FlatMapFunction;
import org.apache.flink.util.Collector;

/**
 * A track-out counted in one yield scope, e.g. dimension EQUIPMENT, scope "gf1/assembly/L1/STACK-01
 * STACKING".
 */
public record ScopedTrackOut(String dimension, String scope, TrackOut trackOut) {

    /** The dimensions yield is computed for. */
    public static final String OPERATION = "OPERATION";

    public static final String EQUIPMENT = "EQUIPMENT";
    public static final String LINE = "LINE";
    public static final String RECIPE = "RECIPE";
    public static final String SHIFT = "SHIFT";

    /** The window key: dimension and scope. */
    public String key() {
        return dimension + "|" + scope;
    }

    /** Fans one track-out out into every scope it counts in. */
    public static class Fanout implements FlatMapFunction<TrackOut, ScopedTrackOut> {
        @Override
        public void flatMap(TrackOut t, Collector<ScopedTrackOut> out) {
            out.collect(new ScopedTrackOut(OPERATION, t.line() + " " + t.operation(), t));
            out.collect(new ScopedTrackOut(EQUIPMENT, t.equipmentPath() + " " + t.operation(), t));
            out.collect(new ScopedTrackOut(LINE, t.line(), t));
            if (t.recipe() != null) {
                out.collect(new ScopedTrackOut(RECIPE, t.recipe(), t));
            }
            out.collect(
                    new ScopedTrackOut(SHIFT, t.line() + " " + Shifts.of(t.occurredAtMillis()), t));
        }
    }
}
