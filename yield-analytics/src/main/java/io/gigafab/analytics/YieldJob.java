package io.gigafab.analytics;

import java.time.Duration;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.connector.sink2.Sink;
import org.apache.flink.api.connector.source.Source;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.windowing.assigners.TumblingEventTimeWindows;

/**
 * The yield job: unit events from the MES (JSON, as on the Kafka topic) in, first-pass yield per
 * station and event-time window out. Source and sink are given by the caller (Kafka in the plant,
 * bounded collections in tests), so the same pipeline runs in both.
 */
public class YieldJob {

    private final Source<String, ?, ?> unitEvents;
    private final Sink<StationYield> stationYields;
    private final Duration window;
    private final Duration outOfOrderness;

    public YieldJob(
            Source<String, ?, ?> unitEvents,
            Sink<StationYield> stationYields,
            Duration window,
            Duration outOfOrderness) {
        this.unitEvents = unitEvents;
        this.stationYields = stationYields;
        this.window = window;
        this.outOfOrderness = outOfOrderness;
    }

    /** Adds the pipeline to the environment; the caller executes it. */
    public void build(StreamExecutionEnvironment env) {
        WatermarkStrategy<TrackOut> eventTime =
                WatermarkStrategy.<TrackOut>forBoundedOutOfOrderness(outOfOrderness)
                        .withTimestampAssigner((trackOut, previous) -> trackOut.occurredAtMillis());

        env.fromSource(unitEvents, WatermarkStrategy.noWatermarks(), "unit-events")
                .flatMap(new ParseTrackOuts())
                .name("parse-track-outs")
                .assignTimestampsAndWatermarks(eventTime)
                .name("event-time")
                .keyBy(TrackOut::station)
                .window(TumblingEventTimeWindows.of(window))
                .aggregate(new FirstPassYieldAggregate(), new StationWindow())
                .name("first-pass-yield")
                .sinkTo(stationYields)
                .name("station-yield");
    }
}
