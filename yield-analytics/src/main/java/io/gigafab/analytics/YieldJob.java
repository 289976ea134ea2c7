package io.gigafab.analytics;

import io.gigafab.analytics.genealogy.CellGenealogy;
import io.gigafab.analytics.genealogy.CellOnRoll;
import io.gigafab.analytics.genealogy.RollCorrelation;
import io.gigafab.analytics.source.CountLate;
import io.gigafab.analytics.source.ParseMeasurements;
import io.gigafab.analytics.source.ParseUnitEvents;
import io.gigafab.analytics.source.ProcessValue;
import io.gigafab.analytics.source.UnitFact;
import io.gigafab.analytics.spc.SpcChart;
import io.gigafab.analytics.yield.RunRecipes;
import io.gigafab.analytics.yield.ScopeWindow;
import io.gigafab.analytics.yield.ScopeYieldAggregate;
import io.gigafab.analytics.yield.ScopedTrackOut;
import io.gigafab.analytics.yield.YieldDipDetector;
import io.gigafab.analytics.yield.YieldWindow;
import io.gigafab.events.insight.YieldInsight;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.connector.source.Source;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.KeyedStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.functions.sink.v2.DiscardingSink;
import org.apache.flink.streaming.api.windowing.assigners.SlidingEventTimeWindows;
import org.apache.flink.streaming.api.windowing.assigners.TumblingEventTimeWindows;
import org.apache.flink.streaming.api.windowing.assigners.WindowAssigner;
import org.apache.flink.streaming.api.windowing.windows.TimeWindow;
import org.apache.flink.util.OutputTag;

/**
 * The yield-analytics job: measurements from the gateway and unit events from the MES (JSON, as on
 * the Kafka topics) in; yield windows, SPC points, roll-metre correlations, raw measurements and
 * insights out. Sources and sinks are given by the caller (Kafka and PostgreSQL in the plant,
 * bounded collections in tests), so the same pipeline runs in both.
 */
public class YieldJob {

    private static final OutputTag<ScopedTrackOut> LATE_TRACK_OUTS =
            new OutputTag<>("late-track-outs", TypeInformation.of(ScopedTrackOut.class));

    private final Source<String, ?, ?> measurements;
    private final Source<String, ?, ?> unitEvents;
    private final AnalyticsSinks sinks;
    private final AnalyticsSettings settings;

    public YieldJob(
            Source<String, ?, ?> measurements,
            Source<String, ?, ?> unitEvents,
            AnalyticsSinks sinks,
            AnalyticsSettings settings) {
        this.measurements = measurements;
        this.unitEvents = unitEvents;
        this.sinks = sinks;
        this.settings = settings;
    }

    /** Adds the pipeline to the environment; the caller executes it. */
    public void build(StreamExecutionEnvironment env) {
        DataStream<ProcessValue> values = processValues(env);
        DataStream<UnitFact> facts = unitFacts(env);
        values.sinkTo(sinks.measurements()).name("measurement-table").uid("measurement-table");

        SingleOutputStreamOperator<io.gigafab.analytics.spc.SpcPoint> spc =
                values.keyBy(ProcessValue::chartKey)
                        .process(
                                new SpcChart(
                                        settings.recipes(),
                                        settings.spcPhaseOne(),
                                        settings.stateTimeout()))
                        .name("spc-chart")
                        .uid("spc-chart");
        spc.sinkTo(sinks.spcPoints()).name("spc-point-table").uid("spc-point-table");

        DataStream<YieldInsight> dips = yieldWindows(facts);
        SingleOutputStreamOperator<io.gigafab.analytics.genealogy.CorrelationRow> correlations =
                rollCorrelations(values, facts);
        correlations
                .sinkTo(sinks.correlations())
                .name("correlation-table")
                .uid("correlation-table");

        dips.union(
                        spc.getSideOutput(SpcChart.INSIGHTS),
                        correlations.getSideOutput(RollCorrelation.INSIGHTS))
                .sinkTo(sinks.insights())
                .name("yield-insights")
                .uid("yield-insights");
    }

    private DataStream<ProcessValue> processValues(StreamExecutionEnvironment env) {
        WatermarkStrategy<ProcessValue> eventTime =
                WatermarkStrategy.<ProcessValue>forBoundedOutOfOrderness(settings.outOfOrderness())
                        .withTimestampAssigner((value, previous) -> value.sampledAtMillis())
                        .withIdleness(settings.sourceIdleness());
        return env.fromSource(measurements, WatermarkStrategy.noWatermarks(), "measurements")
                .uid("measurements-source")
                .flatMap(new ParseMeasurements())
                .name("parse-measurements")
                .uid("parse-measurements")
                .assignTimestampsAndWatermarks(eventTime)
                .name("measurement-event-time")
                .uid("measurement-event-time")
                .process(new CountLate<>("lateMeasurements"))
                .name("count-late-measurements")
                .uid("count-late-measurements");
    }

    private DataStream<UnitFact> unitFacts(StreamExecutionEnvironment env) {
        WatermarkStrategy<UnitFact> eventTime =
                WatermarkStrategy.<UnitFact>forBoundedOutOfOrderness(settings.outOfOrderness())
                        .withTimestampAssigner((fact, previous) -> fact.occurredAtMillis())
                        .withIdleness(settings.sourceIdleness());
        return env.fromSource(unitEvents, WatermarkStrategy.noWatermarks(), "unit-events")
                .uid("unit-events-source")
                .flatMap(new ParseUnitEvents())
                .name("parse-unit-events")
                .uid("parse-unit-events")
                .assignTimestampsAndWatermarks(eventTime)
                .name("unit-event-time")
                .uid("unit-event-time")
                .process(new CountLate<>("lateUnitEvents"))
                .name("count-late-unit-events")
                .uid("count-late-unit-events");
    }

    private DataStream<YieldInsight> yieldWindows(DataStream<UnitFact> facts) {
        KeyedStream<ScopedTrackOut, String> scoped =
                facts.filter(
                                f ->
                                        f.kind() != UnitFact.Kind.ROLL_CONSUMED
                                                && f.kind() != UnitFact.Kind.GRADED)
                        .name("track-ins-and-outs")
                        .keyBy(UnitFact::unitId)
                        .process(new RunRecipes(settings.stateTimeout()))
                        .name("run-recipes")
                        .uid("run-recipes")
                        .flatMap(new ScopedTrackOut.Fanout())
                        .name("yield-scopes")
                        .keyBy(ScopedTrackOut::key);
        SingleOutputStreamOperator<YieldWindow> tumbling =
                window(scoped, TumblingEventTimeWindows.of(settings.tumblingWindow()), "TUMBLING");
        SingleOutputStreamOperator<YieldWindow> sliding =
                window(
                        scoped,
                        SlidingEventTimeWindows.of(settings.slidingWindow(), settings.slide()),
                        "SLIDING");
        tumbling.union(sliding)
                .sinkTo(sinks.yieldWindows())
                .name("yield-window-table")
                .uid("yield-window-table");
        tumbling.getSideOutput(LATE_TRACK_OUTS)
                .union(sliding.getSideOutput(LATE_TRACK_OUTS))
                .process(new CountLate<>("lateTrackOutsAfterWindow"))
                .name("count-late-track-outs")
                .sinkTo(new DiscardingSink<>());
        return tumbling.keyBy(w -> w.dimension() + "|" + w.scope())
                .process(new YieldDipDetector(settings.yieldDip(), settings.stateTimeout()))
                .name("yield-dip")
                .uid("yield-dip");
    }

    private SingleOutputStreamOperator<YieldWindow> window(
            KeyedStream<ScopedTrackOut, String> scoped,
            WindowAssigner<Object, TimeWindow> assigner,
            String kind) {
        String name = kind.toLowerCase(java.util.Locale.ROOT) + "-yield";
        return scoped.window(assigner)
                .sideOutputLateData(LATE_TRACK_OUTS)
                .aggregate(new ScopeYieldAggregate(), new ScopeWindow(kind))
                .name(name)
                .uid(name);
    }

    private SingleOutputStreamOperator<io.gigafab.analytics.genealogy.CorrelationRow>
            rollCorrelations(DataStream<ProcessValue> values, DataStream<UnitFact> facts) {
        DataStream<CellOnRoll> cells =
                facts.filter(f -> f.kind() != UnitFact.Kind.TRACKED_IN)
                        .name("cell-facts")
                        .keyBy(UnitFact::unitId)
                        .process(new CellGenealogy(settings.goodGrades(), settings.stateTimeout()))
                        .name("cell-genealogy")
                        .uid("cell-genealogy");
        return values.filter(ProcessValue::onRollPosition)
                .name("roll-stamped-values")
                .keyBy(v -> CellOnRoll.motherOf(v.rollId()))
                .connect(cells.keyBy(CellOnRoll::motherRollId))
                .process(new RollCorrelation(settings.correlation(), settings.recipes()))
                .name("roll-correlation")
                .uid("roll-correlation");
    }
}
