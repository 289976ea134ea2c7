package io.gigafab.analytics.yield;

import io.gigafab.analytics.source.UnitFact;
import io.gigafab.events.unit.TrackOutResult;
import java.time.Duration;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;

/**
 * Keyed by unit: remembers the recipe each track-in names until the matching track-out, and emits
 * the track-out with that recipe. A run never tracked out is forgotten after {@code runTimeout} of
 * event time (timer), and all state has a TTL as a backstop.
 */
public class RunRecipes extends KeyedProcessFunction<String, UnitFact, TrackOut> {

    private final Duration runTimeout;
    private transient MapState<String, String> recipeByOperation;

    public RunRecipes(Duration runTimeout) {
        this.runTimeout = runTimeout;
    }

    @Override
    public void open(OpenContext openContext) {
        MapStateDescriptor<String, String> descriptor =
                new MapStateDescriptor<>("recipe-by-operation", String.class, String.class);
        descriptor.enableTimeToLive(
                io.gigafab.analytics.StateExpiry.after(runTimeout.multipliedBy(2)));
        recipeByOperation = getRuntimeContext().getMapState(descriptor);
    }

    @Override
    public void processElement(UnitFact fact, Context ctx, Collector<TrackOut> out)
            throws Exception {
        if (fact.kind() == UnitFact.Kind.TRACKED_IN) {
            if (fact.recipeId() != null) {
                recipeByOperation.put(
                        fact.operation(), fact.recipeId() + " v" + fact.recipeVersion());
                ctx.timerService()
                        .registerEventTimeTimer(fact.occurredAtMillis() + runTimeout.toMillis());
            }
            return;
        }
        if (fact.kind() == UnitFact.Kind.TRACKED_OUT) {
            String recipe = recipeByOperation.get(fact.operation());
            recipeByOperation.remove(fact.operation());
            out.collect(
                    new TrackOut(
                            fact.unitId(),
                            fact.equipmentPath(),
                            fact.line(),
                            fact.operation(),
                            TrackOutResult.valueOf(fact.result()),
                            fact.defectCodes(),
                            recipe,
                            fact.occurredAtMillis()));
        }
    }

    @Override
    public void onTimer(long timestamp, OnTimerContext ctx, Collector<TrackOut> out)
            throws Exception {
        recipeByOperation.clear();
    }
}
