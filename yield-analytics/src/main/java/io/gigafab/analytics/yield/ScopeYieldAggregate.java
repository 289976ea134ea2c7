package io.gigafab.analytics.yield;

import org.apache.flink.api.common.functions.AggregateFunction;

/** Counts the track-outs of one scope inside a window, incrementally. */
public class ScopeYieldAggregate
        implements AggregateFunction<ScopedTrackOut, ScopeCounts, ScopeCounts> {

    @Override
    public ScopeCounts createAccumulator() {
        return new ScopeCounts();
    }

    @Override
    public ScopeCounts add(ScopedTrackOut value, ScopeCounts counts) {
        return counts.add(value.trackOut());
    }

    @Override
    public ScopeCounts getResult(ScopeCounts counts) {
        return counts;
    }

    @Override
    public ScopeCounts merge(ScopeCounts a, ScopeCounts b) {
        return a.merge(b);
    }
}
