package io.gigafab.gateway.publish;

import io.gigafab.gateway.GatewayMetrics;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/** The publishing side's metric names and how they are counted, on {@link GatewayMetrics}. */
final class PublishMetrics {

    static final String VALUES = "gigafab_gateway_values_total";
    static final String SAMPLES_PUBLISHED = "gigafab_gateway_samples_published_total";
    static final String BATCHES_PUBLISHED = "gigafab_gateway_batches_published_total";
    static final String EVENTS_PUBLISHED = "gigafab_gateway_equipment_events_published_total";
    static final String SAMPLES_DROPPED = "gigafab_gateway_samples_dropped_total";
    static final String EVENTS_DROPPED = "gigafab_gateway_equipment_events_dropped_total";
    static final String KAFKA_ERRORS = "gigafab_gateway_kafka_errors_total";
    static final String BUFFERED = "gigafab_gateway_buffer_written_total";
    static final String BUFFER_BYTES = "gigafab_gateway_buffer_bytes";
    static final String BUFFER_BATCHES = "gigafab_gateway_buffer_batches";
    static final String BUFFER_CAPACITY = "gigafab_gateway_buffer_capacity_bytes";
    static final String BUFFER_FULL = "gigafab_gateway_buffer_full";
    static final String BUFFERING = "gigafab_gateway_store_and_forward_active";
    static final String QUEUE_DEPTH = "gigafab_gateway_queue_depth";
    static final String LAG_P50 = "gigafab_gateway_lag_p50_ms";
    static final String LAG_P99 = "gigafab_gateway_lag_p99_ms";

    /** Why a sample or event was not published. */
    static final String QUEUE_FULL = "queue_full";

    static final String DISK_FULL = "disk_full";
    static final String REJECTED = "rejected";
    static final String STOPPED = "stopped";

    private final GatewayMetrics metrics;
    private final LagWindow lag = new LagWindow(4096);
    private final Map<String, String> machineLabels = new ConcurrentHashMap<>();

    PublishMetrics(GatewayMetrics metrics) {
        this.metrics = metrics;
        metrics.describe(VALUES, "Process values taken from the OPC UA side, per machine")
                .describe(SAMPLES_PUBLISHED, "Samples acknowledged by Kafka")
                .describe(BATCHES_PUBLISHED, "MeasurementBatch records acknowledged by Kafka")
                .describe(EVENTS_PUBLISHED, "Equipment events acknowledged by Kafka")
                .describe(SAMPLES_DROPPED, "Samples not published, by reason")
                .describe(EVENTS_DROPPED, "Equipment events not published, by reason")
                .describe(KAFKA_ERRORS, "Failed Kafka sends, by exception")
                .describe(BUFFERED, "Records written to the store-and-forward disk buffer")
                .describe(BUFFER_BYTES, "Bytes in the disk buffer not yet acknowledged by Kafka")
                .describe(BUFFER_BATCHES, "Records in the disk buffer not yet acknowledged")
                .describe(BUFFER_CAPACITY, "Size limit of the disk buffer")
                .describe(BUFFER_FULL, "1 while the disk buffer is full and drops new batches")
                .describe(BUFFERING, "1 while new batches go to disk instead of Kafka")
                .describe(QUEUE_DEPTH, "Samples and events waiting in the memory queue")
                .describe(LAG_P50, "Median lag source time to Kafka ack, last 4096 batches")
                .describe(LAG_P99, "99th percentile lag source time to Kafka ack, last 4096");
        metrics.gauge(LAG_P50, "", () -> lag.percentile(0.50));
        metrics.gauge(LAG_P99, "", () -> lag.percentile(0.99));
    }

    void gauge(String name, LongSupplier value) {
        metrics.gauge(name, "", value);
    }

    void valuesTaken(String equipmentId, int count) {
        String labels =
                machineLabels.computeIfAbsent(equipmentId, id -> "machine=\"" + escape(id) + "\"");
        metrics.increment(VALUES, labels, count);
    }

    void published(OutboundMessage message, long ackMillis) {
        if (message.isMeasurementBatch()) {
            metrics.increment(BATCHES_PUBLISHED, "", 1);
            metrics.increment(SAMPLES_PUBLISHED, "", message.sampleCount());
            lag.record(ackMillis - message.oldestSampleMillis());
        } else {
            metrics.increment(EVENTS_PUBLISHED, "", 1);
        }
    }

    void dropped(OutboundMessage message, String reason) {
        if (message.isMeasurementBatch()) {
            samplesDropped(reason, message.sampleCount());
        } else {
            eventsDropped(reason);
        }
    }

    void samplesDropped(String reason, long count) {
        metrics.increment(SAMPLES_DROPPED, "reason=\"" + reason + "\"", count);
    }

    void eventsDropped(String reason) {
        metrics.increment(EVENTS_DROPPED, "reason=\"" + reason + "\"", 1);
    }

    void buffered() {
        metrics.increment(BUFFERED, "", 1);
    }

    void kafkaError(Throwable error) {
        metrics.increment(KAFKA_ERRORS, "error=\"" + error.getClass().getSimpleName() + "\"", 1);
    }

    long count(String name, String labels) {
        return metrics.count(name, labels);
    }

    private static String escape(String value) {
        return value.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
    }
}
