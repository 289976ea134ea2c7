package io.gigafab.analytics.source;

import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.metrics.Counter;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;

/**
 * Passes every element on and counts, in the metric named {@code metric}, those that arrive behind
 * the watermark (late): keyed process functions still use them, event-time windows count them again
 * in their own late-data output. Late data is counted, never silently dropped.
 */
public class CountLate<T> extends ProcessFunction<T, T> {

    private final String metric;
    private transient Counter late;

    public CountLate(String metric) {
        this.metric = metric;
    }

    @Override
    public void open(OpenContext openContext) {
        late = getRuntimeContext().getMetricGroup().counter(metric);
    }

    @Override
    public void processElement(T value, Context ctx, Collector<T> out) {
        Long timestamp = ctx.timestamp();
        if (timestamp != null && timestamp < ctx.timerService().currentWatermark()) {
            late.inc();
        }
        out.collect(value);
    }
}
