package io.gigafab.gateway.publish;

import io.gigafab.events.EquipmentRef;
import io.gigafab.events.measurement.MeasurementBatch;
import io.gigafab.events.measurement.Sample;
import io.gigafab.gateway.config.BatchSettings;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Groups samples per machine into {@link MeasurementBatch}es: a machine's batch is closed when it
 * holds {@code maxSamples} samples or is {@code maxDelayMs} old, whichever comes first. Samples
 * keep the order they were added in. Used by one thread only.
 */
final class MeasurementBatcher {

    private final int maxSamples;
    private final long maxDelayNanos;
    private final Clock clock;
    private final Consumer<MeasurementBatch> closed;
    private final Map<String, OpenBatch> open = new HashMap<>();

    MeasurementBatcher(BatchSettings settings, Clock clock, Consumer<MeasurementBatch> closed) {
        this.maxSamples = settings.maxSamples();
        this.maxDelayNanos = settings.maxDelayMs() * 1_000_000L;
        this.clock = clock;
        this.closed = closed;
    }

    void add(EquipmentRef equipment, Sample sample, long nowNanos) {
        OpenBatch batch = open.get(equipment.equipmentId());
        if (batch != null && !batch.equipment.equals(equipment)) {
            close(batch); // the machine was renamed in the hierarchy: never mix two refs
            batch = null;
        }
        if (batch == null) {
            batch = new OpenBatch(equipment, nowNanos, Math.min(maxSamples, 64));
            open.put(equipment.equipmentId(), batch);
        }
        batch.samples.add(sample);
        if (batch.samples.size() >= maxSamples) {
            close(batch);
        }
    }

    /** Closes every batch that has been open for {@code maxDelayMs} or longer. */
    void closeDue(long nowNanos) {
        Iterator<OpenBatch> batches = open.values().iterator();
        while (batches.hasNext()) {
            OpenBatch batch = batches.next();
            if (nowNanos - batch.openedNanos >= maxDelayNanos) {
                batches.remove();
                emit(batch);
            }
        }
    }

    /** Closes every open batch (shutdown). */
    void closeAll() {
        List<OpenBatch> all = new ArrayList<>(open.values());
        open.clear();
        all.forEach(this::emit);
    }

    int openBatches() {
        return open.size();
    }

    private void close(OpenBatch batch) {
        open.remove(batch.equipment.equipmentId());
        emit(batch);
    }

    private void emit(OpenBatch batch) {
        closed.accept(
                new MeasurementBatch(
                        UUID.randomUUID(), batch.equipment, clock.instant(), batch.samples));
    }

    private static final class OpenBatch {
        final EquipmentRef equipment;
        final long openedNanos;
        final List<Sample> samples;

        OpenBatch(EquipmentRef equipment, long openedNanos, int initialCapacity) {
            this.equipment = equipment;
            this.openedNanos = openedNanos;
            this.samples = new ArrayList<>(initialCapacity);
        }
    }
}
