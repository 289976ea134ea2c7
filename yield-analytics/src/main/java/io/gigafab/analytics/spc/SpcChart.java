package io.gigafab.analytics.spc;

import io.gigafab.analytics.insight.Insights;
import io.gigafab.analytics.source.ProcessValue;
import io.gigafab.analytics.stats.Capability;
import io.gigafab.analytics.stats.Normal;
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
import org.apache.flink.util.OutputTag;

/**
 * Keyed by chart (machine, recipe version, tag): runs the {@link ControlChart}, emits every point
 * with Cp/Cpk against the recipe's spec limits, and an SPC insight (side output {@link #INSIGHTS})
 * when the chart raises an alarm. A chart silent for {@code idleTimeout} of event time is dropped
 * (timer at a coarse granularity, one per key and period), state TTL as a backstop.
 */
public class SpcChart extends KeyedProcessFunction<String, ProcessValue, SpcPoint> {

    public static final OutputTag<YieldInsight> INSIGHTS =
            new OutputTag<>(
                    "spc-insights",
                    org.apache.flink.api.common.typeinfo.TypeInformation.of(YieldInsight.class));

    private final RecipeLimits limits;
    private final int phaseOneSize;
    private final Duration idleTimeout;
    private transient ValueState<ControlChart> chart;

    public SpcChart(RecipeLimits limits, int phaseOneSize, Duration idleTimeout) {
        this.limits = limits;
        this.phaseOneSize = phaseOneSize;
        this.idleTimeout = idleTimeout;
    }

    @Override
    public void open(OpenContext openContext) {
        ValueStateDescriptor<ControlChart> descriptor =
                new ValueStateDescriptor<>("control-chart", ControlChart.class);
        descriptor.enableTimeToLive(
                io.gigafab.analytics.StateExpiry.after(idleTimeout.multipliedBy(2)));
        chart = getRuntimeContext().getState(descriptor);
    }

    @Override
    public void processElement(ProcessValue value, Context ctx, Collector<SpcPoint> out)
            throws Exception {
        ControlChart state = chart.value() == null ? new ControlChart(phaseOneSize) : chart.value();
        ChartPoint point = state.observe(value.value());
        RecipeLimits.ParameterLimits spec =
                limits.forTag(value.recipeId(), value.recipeVersion(), value.tag());
        double sd = state.standardDeviation();
        double cp = spec == null ? Double.NaN : Capability.cp(sd, spec.lower(), spec.upper());
        double cpk =
                spec == null
                        ? Double.NaN
                        : Capability.cpk(state.mean, sd, spec.lower(), spec.upper());
        out.collect(
                new SpcPoint(
                        value.equipmentId(),
                        value.line(),
                        value.recipeId(),
                        value.recipeVersion(),
                        value.tag(),
                        value.sampledAtMillis(),
                        point,
                        cp,
                        cpk));
        if (state.raisesAlarm(point)) {
            ctx.output(INSIGHTS, alarm(value, point, state, cpk));
        }
        state.lastSeenMillis = Math.max(state.lastSeenMillis, value.sampledAtMillis());
        chart.update(state);
        long period = idleTimeout.toMillis();
        ctx.timerService().registerEventTimeTimer((value.sampledAtMillis() / period + 2) * period);
    }

    @Override
    public void onTimer(long timestamp, OnTimerContext ctx, Collector<SpcPoint> out)
            throws Exception {
        ControlChart state = chart.value();
        if (state != null && state.lastSeenMillis + idleTimeout.toMillis() <= timestamp) {
            chart.clear();
        }
    }

    private YieldInsight alarm(
            ProcessValue value, ChartPoint point, ControlChart state, double cpk) {
        Instant at = Instant.ofEpochMilli(value.sampledAtMillis());
        String title =
                String.format(
                        Locale.ROOT,
                        "SPC rule %d on %s %s: %.4g%s is %.1f sigma from the centre %.4g",
                        point.rule(),
                        value.equipmentId(),
                        value.tag(),
                        point.value(),
                        value.unit() == null ? "" : " " + value.unit(),
                        point.z(),
                        point.centre());
        double sigma = (point.ucl() - point.centre()) / 3;
        return Insights.of(
                InsightKind.SPC_RULE_VIOLATION,
                value.chartKey() + "|" + value.sampledAtMillis(),
                new InsightScope(
                        value.line(),
                        value.equipmentId(),
                        value.recipeId(),
                        value.recipeVersion() == 0 ? null : value.recipeVersion(),
                        null,
                        at,
                        at),
                Math.abs(point.z()) > 6 ? InsightSeverity.CRITICAL : InsightSeverity.WARNING,
                title,
                List.of(
                        Insights.measured("value", point.value(), value.unit(), 1),
                        Insights.measured(
                                "centre line", point.centre(), value.unit(), phaseOneSize),
                        Insights.measured("sigma", sigma, value.unit(), phaseOneSize),
                        Insights.measured("EWMA", point.ewma(), value.unit(), state.count),
                        Insights.number("Western Electric rule", point.rule(), 1),
                        Insights.number("Cpk", cpk, state.count)),
                "individuals chart with Western Electric rules and EWMA (lambda 0.2, L 3.5)",
                1.0 - Normal.twoSided(point.z()),
                new SuggestedAction(
                        ActionKind.INSPECT,
                        "Check " + value.equipmentId() + " " + value.tag() + " and its gauge",
                        null,
                        null,
                        null,
                        null,
                        List.of()));
    }
}
