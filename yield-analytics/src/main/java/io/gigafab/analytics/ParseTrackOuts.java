package io.gigafab.analytics;

import io.gigafab.events.EventJson;
import io.gigafab.events.InvalidMessageException;
import io.gigafab.events.unit.TrackedOut;
import io.gigafab.events.unit.UnitEvent;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.functions.RichFlatMapFunction;
import org.apache.flink.metrics.Counter;
import org.apache.flink.util.Collector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads unit events (JSON, the {@code events} v1 contract) and keeps the track-outs. A message that
 * is not a valid unit event is counted in the {@code invalidUnitEvents} metric and logged, never
 * allowed to stop the job.
 */
public class ParseTrackOuts extends RichFlatMapFunction<String, TrackOut> {

    private static final Logger LOG = LoggerFactory.getLogger(ParseTrackOuts.class);

    private transient Counter invalid;

    @Override
    public void open(OpenContext openContext) {
        invalid = getRuntimeContext().getMetricGroup().counter("invalidUnitEvents");
    }

    @Override
    public void flatMap(String json, Collector<TrackOut> out) {
        try {
            UnitEvent event = EventJson.fromJson(json, UnitEvent.class);
            if (event instanceof TrackedOut trackedOut) {
                out.collect(TrackOut.of(trackedOut));
            }
        } catch (InvalidMessageException e) {
            invalid.inc();
            LOG.warn("Skipped an invalid unit event: {}", e.getMessage());
        }
    }
}
