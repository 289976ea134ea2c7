package io.gigafab.gateway.publish;

import io.gigafab.events.EventJson;
import io.gigafab.events.equipment.EquipmentEvent;
import io.gigafab.events.measurement.MeasurementBatch;
import io.gigafab.events.measurement.Sample;

/**
 * One Kafka record on its way out: a {@link MeasurementBatch} or an {@link EquipmentEvent} as UTF-8
 * JSON with its topic and key (the equipment id), plus what the metrics need — the number of
 * samples and the source time of the oldest one (for the end-to-end lag). The same bytes go to
 * Kafka directly or, during an outage, to the disk buffer and later to Kafka.
 *
 * @param sampleCount samples in the batch; 0 for an equipment event
 * @param oldestSampleMillis epoch millis of the oldest sample's source timestamp; 0 for an event
 */
record OutboundMessage(
        String topic, String key, byte[] value, int sampleCount, long oldestSampleMillis) {

    static OutboundMessage of(MeasurementBatch batch) {
        long oldest = Long.MAX_VALUE;
        for (Sample sample : batch.samples()) {
            oldest = Math.min(oldest, sample.sourceTimestamp().toEpochMilli());
        }
        return new OutboundMessage(
                batch.topic(),
                batch.kafkaKey(),
                EventJson.toBytes(batch),
                batch.samples().size(),
                oldest);
    }

    static OutboundMessage of(EquipmentEvent event) {
        return new OutboundMessage(
                event.topic(), event.kafkaKey(), EventJson.toBytes(event), 0, 0L);
    }

    /** True for a measurement batch, false for an equipment event. */
    boolean isMeasurementBatch() {
        return sampleCount > 0;
    }

    /** The payload size, what the in-flight window and the disk buffer account for. */
    int size() {
        return value.length;
    }
}
