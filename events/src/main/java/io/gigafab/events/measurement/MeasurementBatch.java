package io.gigafab.events.measurement;

import io.gigafab.events.EquipmentRef;
import io.gigafab.events.Require;
import io.gigafab.events.TopicMessage;
import io.gigafab.events.Topics;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The process values of one machine collected by the OPC UA gateway over one publishing interval
 * and sent as one Kafka message on {@link Topics#MEASUREMENTS}, keyed by the equipment id so that
 * the values of one machine stay in order.
 *
 * @param batchId unique id of this batch (consumers use it to drop duplicates)
 * @param equipment the machine the values come from
 * @param producedAt when the gateway closed the batch
 * @param samples the sampled values, at least one; each carries its own production context
 */
public record MeasurementBatch(
        UUID batchId, EquipmentRef equipment, Instant producedAt, List<Sample> samples)
        implements TopicMessage {

    public MeasurementBatch {
        Require.nonNull(batchId, "MeasurementBatch.batchId");
        Require.nonNull(equipment, "MeasurementBatch.equipment");
        Require.nonNull(producedAt, "MeasurementBatch.producedAt");
        samples = Require.nonEmptyList(samples, "MeasurementBatch.samples");
    }

    @Override
    public String topic() {
        return Topics.MEASUREMENTS;
    }

    /** The equipment id. */
    @Override
    public String kafkaKey() {
        return equipment.equipmentId();
    }
}
