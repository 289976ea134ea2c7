package io.gigafab.analytics.source;

import io.gigafab.events.EquipmentRef;
import io.gigafab.events.EventJson;
import io.gigafab.events.InvalidMessageException;
import io.gigafab.events.RollSegment;
import io.gigafab.events.unit.Graded;
import io.gigafab.events.unit.MaterialConsumed;
import io.gigafab.events.unit.TrackedIn;
import io.gigafab.events.unit.TrackedOut;
import io.gigafab.events.unit.UnitEvent;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.functions.RichFlatMapFunction;
import org.apache.flink.metrics.Counter;
import org.apache.flink.util.Collector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads unit events (JSON, the {@code events} v1 contract) and keeps track-ins, track-outs, roll
 * consumption and grading as {@link UnitFact}s. A message that is not a valid unit event is counted
 * in the {@code invalidUnitEvents} metric and logged, never allowed to stop the job.
 */
public class ParseUnitEvents extends RichFlatMapFunction<String, UnitFact> {

    private static final Logger LOG = LoggerFactory.getLogger(ParseUnitEvents.class);
    private static final String[] NO_DEFECTS = new String[0];

    private transient Counter invalid;

    @Override
    public void open(OpenContext openContext) {
        invalid = getRuntimeContext().getMetricGroup().counter("invalidUnitEvents");
    }

    @Override
    public void flatMap(String json, Collector<UnitFact> out) {
        UnitEvent event;
        try {
            event = EventJson.fromJson(json, UnitEvent.class);
        } catch (InvalidMessageException e) {
            invalid.inc();
            LOG.warn("Skipped an invalid unit event: {}", e.getMessage());
            return;
        }
        UnitFact fact = toFact(event);
        if (fact != null) {
            out.collect(fact);
        }
    }

    /** The fact of an event, or null for events the analytics do not use. */
    public static UnitFact toFact(UnitEvent event) {
        if (event instanceof TrackedOut out) {
            return fact(UnitFact.Kind.TRACKED_OUT, event)
                    .operation(out.operation())
                    .result(out.result().name())
                    .defects(out.defectCodes().toArray(NO_DEFECTS))
                    .build();
        }
        if (event instanceof TrackedIn in) {
            return fact(UnitFact.Kind.TRACKED_IN, event)
                    .operation(in.operation())
                    .recipe(in.recipeId(), in.recipeVersion())
                    .build();
        }
        if (event instanceof MaterialConsumed consumed && consumed.rollSegment() != null) {
            RollSegment segment = consumed.rollSegment();
            return fact(UnitFact.Kind.ROLL_CONSUMED, event)
                    .segment(segment.rollId(), segment.startM(), segment.endM())
                    .build();
        }
        if (event instanceof Graded graded) {
            return fact(UnitFact.Kind.GRADED, event).grade(graded.grade()).build();
        }
        return null;
    }

    private static FactBuilder fact(UnitFact.Kind kind, UnitEvent event) {
        EquipmentRef equipment = event.equipment();
        return new FactBuilder(
                kind,
                event.unit().id(),
                equipment == null ? UnitFact.NO_EQUIPMENT : equipment.path(),
                equipment == null ? UnitFact.NO_EQUIPMENT : equipment.line(),
                event.occurredAt().toEpochMilli());
    }

    /** Fills the fields that apply to one kind of event. */
    private static final class FactBuilder {
        private final UnitFact.Kind kind;
        private final String unitId;
        private final String equipmentPath;
        private final String line;
        private final long occurredAtMillis;
        private String operation;
        private String result;
        private String[] defects = NO_DEFECTS;
        private String recipeId;
        private int recipeVersion;
        private String rollId;
        private double startM = Double.NaN;
        private double endM = Double.NaN;
        private String grade;

        FactBuilder(
                UnitFact.Kind kind,
                String unitId,
                String equipmentPath,
                String line,
                long occurredAtMillis) {
            this.kind = kind;
            this.unitId = unitId;
            this.equipmentPath = equipmentPath;
            this.line = line;
            this.occurredAtMillis = occurredAtMillis;
        }

        FactBuilder operation(String value) {
            operation = value;
            return this;
        }

        FactBuilder result(String value) {
            result = value;
            return this;
        }

        FactBuilder defects(String[] value) {
            defects = value;
            return this;
        }

        FactBuilder recipe(String id, Integer version) {
            recipeId = id;
            recipeVersion = version == null ? 0 : version;
            return this;
        }

        FactBuilder segment(String roll, double start, double end) {
            rollId = roll;
            startM = start;
            endM = end;
            return this;
        }

        FactBuilder grade(String value) {
            grade = value;
            return this;
        }

        UnitFact build() {
            return new UnitFact(
                    kind,
                    unitId,
                    equipmentPath,
                    line,
                    operation,
                    result,
                    defects,
                    recipeId,
                    recipeVersion,
                    rollId,
                    startM,
                    endM,
                    grade,
                    occurredAtMillis);
        }
    }
}
