package io.gigafab.analytics.yield;

import org.apache.flink.streaming.api.functions.windowing.ProcessWindowFunction;
import org.apache.flink.streaming.api.windowing.windows.TimeWindow;
import org.apache.flink.util.Collector;

/** Stamps the window bounds, kind and scope onto the counts of a finished window. */
public class ScopeWindow
        extends ProcessWindowFunction<ScopeCounts, YieldWindow, String, TimeWindow> {

    static final int PARETO_SIZE = 5;

    private final String windowKind;

    public ScopeWindow(String windowKind) {
        this.windowKind = windowKind;
    }

    @Override
    public void process(
            String key, Context context, Iterable<ScopeCounts> counts, Collector<YieldWindow> out) {
        String[] dimensionAndScope = key.split("\\|", 2);
        TimeWindow window = context.window();
        for (ScopeCounts count : counts) {
            out.collect(
                    new YieldWindow(
                            windowKind,
                            dimensionAndScope[0],
                            dimensionAndScope[1],
                            window.getStart(),
                            window.getEnd(),
                            count.total,
                            count.rolledThroughputYield(),
                            count.pareto(PARETO_SIZE)));
        }
    }
}
