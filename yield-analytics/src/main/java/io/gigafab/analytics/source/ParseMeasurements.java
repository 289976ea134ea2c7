package io.gigafab.analytics.source;

import io.gigafab.events.EquipmentRef;
import io.gigafab.events.EventJson;
import io.gigafab.events.InvalidMessageException;
import io.gigafab.events.measurement.MeasurementBatch;
import io.gigafab.events.measurement.ProductionContext;
import io.gigafab.events.measurement.Quality;
import io.gigafab.events.measurement.Sample;
import java.util.OptionalDouble;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.functions.RichFlatMapFunction;
import org.apache.flink.metrics.Counter;
import org.apache.flink.util.Collector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads measurement batches (JSON, the {@code events} v1 contract) and emits every numeric GOOD
 * sample as a {@link ProcessValue}. Invalid messages are counted in {@code invalidMeasurements} and
 * skipped; non-GOOD or non-numeric samples are counted in {@code skippedSamples}.
 */
public class ParseMeasurements extends RichFlatMapFunction<String, ProcessValue> {

    private static final Logger LOG = LoggerFactory.getLogger(ParseMeasurements.class);

    private transient Counter invalid;
    private transient Counter skipped;

    @Override
    public void open(OpenContext openContext) {
        invalid = getRuntimeContext().getMetricGroup().counter("invalidMeasurements");
        skipped = getRuntimeContext().getMetricGroup().counter("skippedSamples");
    }

    @Override
    public void flatMap(String json, Collector<ProcessValue> out) {
        MeasurementBatch batch;
        try {
            batch = EventJson.fromJson(json, MeasurementBatch.class);
        } catch (InvalidMessageException e) {
            invalid.inc();
            LOG.warn("Skipped an invalid measurement batch: {}", e.getMessage());
            return;
        }
        for (Sample sample : batch.samples()) {
            OptionalDouble number =
                    sample.value() == null ? OptionalDouble.empty() : sample.value().asNumber();
            if (sample.quality() != Quality.GOOD || number.isEmpty()) {
                skipped.inc();
                continue;
            }
            out.collect(toValue(batch.equipment(), sample, number.getAsDouble()));
        }
    }

    public static ProcessValue toValue(EquipmentRef equipment, Sample sample, double value) {
        ProductionContext context = sample.context();
        boolean hasContext = context != null;
        Integer version = hasContext ? context.recipeVersion() : null;
        Double position = hasContext ? context.positionM() : null;
        return new ProcessValue(
                equipment.equipmentId(),
                equipment.line(),
                sample.tag(),
                sample.engineeringUnit(),
                hasContext ? context.recipeId() : null,
                version == null ? 0 : version,
                hasContext ? context.rollId() : null,
                position == null ? Double.NaN : position,
                hasContext ? context.cellId() : null,
                sample.sourceTimestamp().toEpochMilli(),
                value);
    }
}
