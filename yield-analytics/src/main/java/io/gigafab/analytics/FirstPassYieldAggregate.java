package io.gigafab.analytics;

import org.apache.flink.api.common.functions.AggregateFunction;

/** Counts track-outs by result inside a window, incrementally (one small state per key). */
public class FirstPassYieldAggregate
        implements AggregateFunction<TrackOut, YieldCount, YieldCount> {

    @Override
    public YieldCount createAccumulator() {
        return YieldCount.EMPTY;
    }

    @Override
    public YieldCount add(TrackOut trackOut, YieldCount count) {
        return count.add(trackOut.result());
    }

    @Override
    public YieldCount getResult(YieldCount count) {
        return count;
    }

    @Override
    public YieldCount merge(YieldCount a, YieldCount b) {
        return a.plus(b);
    }
}
