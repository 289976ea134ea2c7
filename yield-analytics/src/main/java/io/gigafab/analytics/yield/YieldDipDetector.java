package io.gigafab.analytics.yield;

import io.gigafab.analytics.insight.Insights;
import io.gigafab.analytics.stats.Normal;
import io.gigafab.analytics.stats.ProportionChart;
import io.gigafab.events.insight.ActionKind;
import io.gigafab.events.insight.InsightKind;
import io.gigafab.events.insight.InsightScope;
import io.gigafab.events.insight.InsightSeverity;
import io.gigafab.events.insight.SuggestedAction;
import io.gigafab.events.insight.YieldInsight;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;

/**
 * Keyed by yield scope, fed the scope's tumbling windows in order: a p-chart on the first-pass
 * failure proportion against an exponentially weighted baseline of the scope's earlier windows. A
 * window with at least the minimum number of units above the upper limit is a yield dip; one
 * insight is raised per dip, further dip windows are suppressed until a window is back in control.
 * Dip windows do not enter the baseline. A scope silent for {@code idleTimeout} of event time is
 * forgotten (timer), state TTL as a backstop.
 */
public class YieldDipDetector extends KeyedProcessFunction<String, YieldWindow, YieldInsight> {

    /** Weight of the old baseline when a new in-control window is folded in. */
    static final double DECAY = 0.9;

    private final ProportionChart chart;
    private final Duration idleTimeout;
    private transient ValueState<Baseline> baseline;

    public YieldDipDetector(ProportionChart chart, Duration idleTimeout) {
        this.chart = chart;
        this.idleTimeout = idleTimeout;
    }

    /** The weighted failures and units before the current window, and whether a dip is open. */
    public static class Baseline {
        public double failures;
        public double units;
        public boolean open;
        public long lastWindowEnd;
    }

    @Override
    public void open(OpenContext openContext) {
        ValueStateDescriptor<Baseline> descriptor =
                new ValueStateDescriptor<>("yield-baseline", Baseline.class);
        descriptor.enableTimeToLive(
                io.gigafab.analytics.StateExpiry.after(idleTimeout.multipliedBy(2)));
        baseline = getRuntimeContext().getState(descriptor);
    }

    @Override
    public void processElement(YieldWindow window, Context ctx, Collector<YieldInsight> out)
            throws Exception {
        Baseline state = baseline.value() == null ? new Baseline() : baseline.value();
        long units = window.count().total();
        long failures = units - window.count().passed();
        boolean judged = state.units >= chart.minUnits();
        double p = judged ? state.failures / state.units : Double.NaN;
        if (judged && chart.isDip(p, failures, units)) {
            if (!state.open) {
                out.collect(dipInsight(window, p, failures, units, state.units));
                state.open = true;
            }
        } else {
            state.open = false;
            state.failures = DECAY * state.failures + failures;
            state.units = DECAY * state.units + units;
        }
        state.lastWindowEnd = window.windowEndMillis();
        baseline.update(state);
        ctx.timerService()
                .registerEventTimeTimer(window.windowEndMillis() + idleTimeout.toMillis());
    }

    @Override
    public void onTimer(long timestamp, OnTimerContext ctx, Collector<YieldInsight> out)
            throws Exception {
        Baseline state = baseline.value();
        if (state != null && state.lastWindowEnd + idleTimeout.toMillis() <= timestamp) {
            baseline.clear();
        }
    }

    private YieldInsight dipInsight(
            YieldWindow window, double p, long failures, long units, double baselineUnits) {
        double z = chart.zScore(p, failures, units);
        double fpy = window.count().firstPassYield();
        String title =
                String.format(
                        Locale.ROOT,
                        "Yield dip %s %s: first-pass yield %.1f %% against %.1f %% (n=%d)",
                        window.dimension().toLowerCase(Locale.ROOT),
                        window.scope(),
                        100 * fpy,
                        100 * (1 - p),
                        units);
        return Insights.of(
                InsightKind.YIELD_DIP,
                window.dimension() + "|" + window.scope() + "|" + window.windowStartMillis(),
                scopeOf(window),
                z > 5 ? InsightSeverity.CRITICAL : InsightSeverity.WARNING,
                title,
                List.of(
                        Insights.number("first-pass yield", fpy, units),
                        Insights.number("first-pass failures", failures, units),
                        Insights.number("baseline failure proportion", p, (long) baselineUnits),
                        Insights.number("upper control limit", chart.upperLimit(p, units), units),
                        Insights.number("z", z, units)),
                String.format(Locale.ROOT, "p-chart, %.0f sigma, n=%d", chart.sigmas(), units),
                1.0 - Normal.upperTail(z),
                new SuggestedAction(
                        ActionKind.INSPECT,
                        "Inspect " + window.scope() + " for the cause of the dip",
                        null,
                        null,
                        null,
                        null,
                        List.of()));
    }

    static InsightScope scopeOf(YieldWindow window) {
        String equipmentId = null;
        String recipeId = null;
        Integer recipeVersion = null;
        if (ScopedTrackOut.EQUIPMENT.equals(window.dimension())) {
            String path = window.scope().split(" ", 2)[0];
            equipmentId = path.substring(path.lastIndexOf('/') + 1);
        }
        if (ScopedTrackOut.RECIPE.equals(window.dimension())) {
            String[] idAndVersion = window.scope().split(" v", 2);
            recipeId = idAndVersion[0];
            recipeVersion = Integer.valueOf(idAndVersion[1]);
        }
        return new InsightScope(
                window.line(),
                equipmentId,
                recipeId,
                recipeVersion,
                null,
                Instant.ofEpochMilli(window.windowStartMillis()),
                Instant.ofEpochMilli(window.windowEndMillis()));
    }
}
