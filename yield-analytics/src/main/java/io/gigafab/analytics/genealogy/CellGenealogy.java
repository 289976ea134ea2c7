package io.gigafab.analytics.genealogy;

import io.gigafab.analytics.source.UnitFact;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ListState;
import org.apache.flink.api.common.state.ListStateDescriptor;
import org.apache.flink.api.common.state.StateTtlConfig;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;

/**
 * Keyed by cell: collects the roll segments a cell consumed and its outcome, and forwards each
 * segment to its mother roll — once when consumed (outcome unknown, so a hold can name the cell)
 * and again when the outcome is known. A failing track-out makes the cell FAILING; its grade
 * decides otherwise (a grade outside {@code goodGrades} is a downgrade and counts as FAILING).
 * Grading is the last fact: the cell's state is cleared after it; a cell never graded is forgotten
 * after {@code cellTimeout} of event time.
 */
public class CellGenealogy extends KeyedProcessFunction<String, UnitFact, CellOnRoll> {

    private final Set<String> goodGrades;
    private final Duration cellTimeout;
    private transient ListState<CellOnRoll> segments;
    private transient ValueState<Integer> outcome;

    public CellGenealogy(Set<String> goodGrades, Duration cellTimeout) {
        this.goodGrades = Set.copyOf(goodGrades);
        this.cellTimeout = cellTimeout;
    }

    @Override
    public void open(OpenContext openContext) {
        StateTtlConfig ttl = io.gigafab.analytics.StateExpiry.after(cellTimeout.multipliedBy(2));
        ListStateDescriptor<CellOnRoll> segmentsDescriptor =
                new ListStateDescriptor<>("cell-segments", CellOnRoll.class);
        segmentsDescriptor.enableTimeToLive(ttl);
        segments = getRuntimeContext().getListState(segmentsDescriptor);
        ValueStateDescriptor<Integer> outcomeDescriptor =
                new ValueStateDescriptor<>("cell-outcome", Integer.class);
        outcomeDescriptor.enableTimeToLive(ttl);
        outcome = getRuntimeContext().getState(outcomeDescriptor);
    }

    @Override
    public void processElement(UnitFact fact, Context ctx, Collector<CellOnRoll> out)
            throws Exception {
        switch (fact.kind()) {
            case ROLL_CONSUMED -> consumed(fact, ctx, out);
            case TRACKED_OUT -> {
                if ("FAIL".equals(fact.result())) {
                    decided(CellOnRoll.FAILING, fact.occurredAtMillis(), out);
                }
            }
            case GRADED -> {
                boolean good = goodGrades.contains(fact.grade());
                decided(good ? CellOnRoll.GOOD : CellOnRoll.FAILING, fact.occurredAtMillis(), out);
                segments.clear();
                outcome.clear();
            }
            default -> {}
        }
    }

    @Override
    public void onTimer(long timestamp, OnTimerContext ctx, Collector<CellOnRoll> out) {
        segments.clear();
        outcome.clear();
    }

    private void consumed(UnitFact fact, Context ctx, Collector<CellOnRoll> out) throws Exception {
        int known = outcome.value() == null ? CellOnRoll.UNKNOWN : outcome.value();
        CellOnRoll segment =
                new CellOnRoll(
                        CellOnRoll.motherOf(fact.rollId()),
                        fact.unitId(),
                        fact.startM(),
                        fact.endM(),
                        known,
                        fact.occurredAtMillis());
        segments.add(segment);
        out.collect(segment);
        ctx.timerService().registerEventTimeTimer(fact.occurredAtMillis() + cellTimeout.toMillis());
    }

    private void decided(int decided, long atMillis, Collector<CellOnRoll> out) throws Exception {
        Integer before = outcome.value();
        int now = before != null && before == CellOnRoll.FAILING ? CellOnRoll.FAILING : decided;
        if (before != null && before == now) {
            return;
        }
        outcome.update(now);
        List<CellOnRoll> known = new ArrayList<>();
        for (CellOnRoll segment : segments.get()) {
            known.add(segment.withOutcome(now, atMillis));
        }
        known.forEach(out::collect);
    }
}
