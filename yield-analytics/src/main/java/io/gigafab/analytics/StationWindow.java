package io.gigafab.analytics;

import java.time.Instant;
import org.apache.flink.streaming.api.functions.windowing.ProcessWindowFunction;
import org.apache.flink.streaming.api.windowing.windows.TimeWindow;
import org.apache.flink.util.Collector;

/** Stamps the window's bounds and the station key onto the count of a finished window. */
public class StationWindow
        extends ProcessWindowFunction<YieldCount, StationYield, StationKey, TimeWindow> {

    @Override
    public void process(
            StationKey key,
            Context context,
            Iterable<YieldCount> counts,
            Collector<StationYield> out) {
        TimeWindow window = context.window();
        for (YieldCount count : counts) {
            out.collect(
                    new StationYield(
                            key.equipmentPath(),
                            key.operation(),
                            Instant.ofEpochMilli(window.getStart()),
                            Instant.ofEpochMilli(window.getEnd()),
                            count));
        }
    }
}
