package io.gigafab.analytics.genealogy;

import io.gigafab.analytics.source.ProcessValue;
import io.gigafab.analytics.spc.RecipeLimits;
import io.gigafab.events.insight.YieldInsight;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.state.StateTtlConfig;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.streaming.api.functions.co.KeyedCoProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;

/**
 * Keyed by mother roll: joins the process values measured along the roll (coating, calendering:
 * value at position X m) with the cells made from its metres and their outcomes. Every {@code
 * evaluationInterval} of event time with new outcomes it evaluates each tag — point-biserial
 * correlation of the value over each cell's metres with the cell failing, and the failure-rate lift
 * of the cells inside the strongest deviating interval — emits a {@link CorrelationRow} per tag
 * and, through {@link RollFindings}, insights on the side output {@link #INSIGHTS}. Of supported
 * deviating intervals that overlap, the one holding the most failing cells is suggested for
 * containment, once: tags moving with a fault (a cooler dryer shows in every zone temperature, the
 * moisture and the coat weight; the calendered density follows the coat weight over part of the
 * stretch) add no second containment of the same metres. Likewise one recipe suggestion per roll,
 * for the strongest recipe parameter — the others are ranked in its parent correlation insight.
 * Nothing is reported twice while the roll is tracked. A roll silent for {@code idleTimeout} of
 * event time is dropped.
 */
public class RollCorrelation
        extends KeyedCoProcessFunction<String, ProcessValue, CellOnRoll, CorrelationRow> {

    public static final OutputTag<YieldInsight> INSIGHTS =
            new OutputTag<>("roll-insights", TypeInformation.of(YieldInsight.class));

    /** Key of {@link #reported} for a containment suggested, followed by "start|end" metres. */
    private static final String CONTAINED = "contained|";

    /** Key of {@link #reported} once the roll's recipe suggestion is out. */
    private static final String RECIPE_SUGGESTED = "recipe";

    private final CorrelationSettings settings;
    private final RecipeLimits limits;
    private transient MapState<String, RollProfile> profiles;
    private transient MapState<String, CellOnRoll> cells;
    private transient MapState<String, Boolean> reported;
    private transient ValueState<Long> pendingEvaluation;
    private transient ValueState<Long> lastSeen;

    public RollCorrelation(CorrelationSettings settings, RecipeLimits limits) {
        this.settings = settings;
        this.limits = limits;
    }

    @Override
    public void open(OpenContext openContext) {
        StateTtlConfig ttl =
                io.gigafab.analytics.StateExpiry.after(settings.idleTimeout().multipliedBy(2));
        var profilesDescriptor =
                new MapStateDescriptor<>("roll-profiles", String.class, RollProfile.class);
        var cellsDescriptor =
                new MapStateDescriptor<>("roll-cells", String.class, CellOnRoll.class);
        var reportedDescriptor =
                new MapStateDescriptor<>("roll-reported", String.class, Boolean.class);
        var pendingDescriptor = new ValueStateDescriptor<>("roll-pending", Long.class);
        var lastSeenDescriptor = new ValueStateDescriptor<>("roll-last-seen", Long.class);
        profilesDescriptor.enableTimeToLive(ttl);
        cellsDescriptor.enableTimeToLive(ttl);
        reportedDescriptor.enableTimeToLive(ttl);
        pendingDescriptor.enableTimeToLive(ttl);
        lastSeenDescriptor.enableTimeToLive(ttl);
        profiles = getRuntimeContext().getMapState(profilesDescriptor);
        cells = getRuntimeContext().getMapState(cellsDescriptor);
        reported = getRuntimeContext().getMapState(reportedDescriptor);
        pendingEvaluation = getRuntimeContext().getState(pendingDescriptor);
        lastSeen = getRuntimeContext().getState(lastSeenDescriptor);
    }

    @Override
    public void processElement1(ProcessValue value, Context ctx, Collector<CorrelationRow> out)
            throws Exception {
        RollProfile profile = profiles.get(value.tag());
        if (profile == null) {
            profile = new RollProfile(settings.binM());
            profile.line = value.line();
            profile.equipmentId = value.equipmentId();
            profile.unit = value.unit();
        }
        // The recipe the roll is made under is the latest one its values carry: values sampled
        // before the machine reported its active recipe (the first metres after a start) carry
        // none, and must not leave the whole roll without one.
        if (value.recipeId() != null) {
            profile.recipeId = value.recipeId();
            profile.recipeVersion = value.recipeVersion();
        }
        profile.add(value.positionM(), value.value());
        profiles.put(value.tag(), profile);
        touch(value.sampledAtMillis(), ctx);
    }

    @Override
    public void processElement2(CellOnRoll cell, Context ctx, Collector<CorrelationRow> out)
            throws Exception {
        cells.put(cell.cellId(), cell);
        if (cell.outcome() != CellOnRoll.UNKNOWN && pendingEvaluation.value() == null) {
            long interval = settings.evaluationInterval().toMillis();
            long at = (cell.occurredAtMillis() / interval + 1) * interval;
            pendingEvaluation.update(at);
            ctx.timerService().registerEventTimeTimer(at);
        }
        touch(cell.occurredAtMillis(), ctx);
    }

    @Override
    public void onTimer(long timestamp, OnTimerContext ctx, Collector<CorrelationRow> out)
            throws Exception {
        Long pending = pendingEvaluation.value();
        if (pending != null && pending == timestamp) {
            pendingEvaluation.clear();
            evaluate(ctx.getCurrentKey(), timestamp, out, ctx);
        }
        Long seen = lastSeen.value();
        if (seen != null && seen + settings.idleTimeout().toMillis() <= timestamp) {
            profiles.clear();
            cells.clear();
            reported.clear();
            pendingEvaluation.clear();
            lastSeen.clear();
        }
    }

    private void touch(long atMillis, Context ctx) throws Exception {
        Long seen = lastSeen.value();
        if (seen == null || atMillis > seen) {
            lastSeen.update(atMillis);
        }
        long period = settings.idleTimeout().toMillis();
        ctx.timerService().registerEventTimeTimer((atMillis / period + 2) * period);
    }

    private void evaluate(String rollId, long at, Collector<CorrelationRow> out, OnTimerContext ctx)
            throws Exception {
        List<CellOnRoll> all = new ArrayList<>();
        cells.values().forEach(all::add);
        List<CellOnRoll> decided = all.stream().filter(c -> c.outcome() != 0).toList();
        if (decided.size() < settings.minCells()) {
            return;
        }
        RollFindings findings = new RollFindings(rollId, at, settings, limits);
        List<CorrelationRow> rows = new ArrayList<>();
        for (Map.Entry<String, RollProfile> entry : profiles.entries()) {
            CorrelationRow row = findings.evaluate(entry.getKey(), entry.getValue(), decided);
            if (row != null) {
                rows.add(row);
                out.collect(row);
            }
        }
        rows.sort(Comparator.comparingDouble(RollFindings::strength).reversed());
        Set<String> containing = containments(rows, findings);
        for (int rank = 0; rank < rows.size(); rank++) {
            CorrelationRow row = rows.get(rank);
            boolean contain = containing.contains(row.tag());
            boolean suggestRecipe =
                    findings.recipeParameter(row) != null && !reported.contains(RECIPE_SUGGESTED);
            if (!contain && !suggestRecipe) {
                continue;
            }
            for (YieldInsight insight :
                    findings.insights(
                            row,
                            rank + 1,
                            rows,
                            profiles.get(row.tag()),
                            all,
                            contain,
                            suggestRecipe)) {
                ctx.output(INSIGHTS, insight);
            }
            if (contain) {
                reported.put(CONTAINED + row.intervalStartM() + "|" + row.intervalEndM(), true);
            }
            if (suggestRecipe) {
                reported.put(RECIPE_SUGGESTED, true);
            }
        }
    }

    /**
     * The tags whose intervals to contain: of supported intervals that overlap, the one holding the
     * most failing cells, then the most cells (then the larger lift, then the stronger tag) — a
     * containment must catch the bad cells and the suspect ones made alongside them, and a tag that
     * moves with the fault only partly (the calendered density follows the coat weight, the coat
     * weight leaves its band later than the dryer temperatures) marks a narrower stretch than the
     * fault itself.
     */
    private Set<String> containments(List<CorrelationRow> rows, RollFindings findings)
            throws Exception {
        List<CorrelationRow> candidates =
                new ArrayList<>(rows.stream().filter(findings::containmentSupported).toList());
        candidates.sort(
                Comparator.comparingInt(CorrelationRow::failingInside)
                        .thenComparingInt(CorrelationRow::cellsInside)
                        .thenComparingDouble(CorrelationRow::lift)
                        .thenComparingDouble(RollFindings::strength)
                        .reversed());
        List<CorrelationRow> chosen = new ArrayList<>();
        for (CorrelationRow candidate : candidates) {
            if (!contained(candidate) && chosen.stream().noneMatch(c -> overlap(c, candidate))) {
                chosen.add(candidate);
            }
        }
        Set<String> tags = new HashSet<>();
        chosen.forEach(c -> tags.add(c.tag()));
        return tags;
    }

    private static boolean overlap(CorrelationRow a, CorrelationRow b) {
        return a.intervalStartM() < b.intervalEndM() && b.intervalStartM() < a.intervalEndM();
    }

    /** Whether a containment of metres overlapping the row's interval was already suggested. */
    private boolean contained(CorrelationRow row) throws Exception {
        for (String key : reported.keys()) {
            if (key.startsWith(CONTAINED)) {
                String[] metres = key.substring(CONTAINED.length()).split("\\|");
                if (Double.parseDouble(metres[0]) < row.intervalEndM()
                        && row.intervalStartM() < Double.parseDouble(metres[1])) {
                    return true;
                }
            }
        }
        return false;
    }
}
