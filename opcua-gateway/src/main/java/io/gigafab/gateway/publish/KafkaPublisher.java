package io.gigafab.gateway.publish;

import io.gigafab.gateway.config.KafkaSettings;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.Callback;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The Kafka producer of the gateway: idempotent ({@code enable.idempotence}, {@code acks=all}, at
 * most 5 requests in flight, unbounded retries within {@code delivery.timeout.ms}), so a retry
 * never writes a record twice and the records of one key stay in order. Keyed by equipment id.
 *
 * <p>When Kafka fails a record, the producer is {@linkplain #abort aborted} at once, so every later
 * record fails too instead of overtaking the failed one; the next {@link #producer()} call opens a
 * fresh one.
 */
final class KafkaPublisher implements AutoCloseable {

    private final Map<String, Object> config;
    private final List<Producer<String, byte[]>> aborted = new ArrayList<>();
    private Producer<String, byte[]> current;
    private int generation;
    private boolean closed;

    KafkaPublisher(KafkaSettings kafka, DeliverySettings delivery) {
        this.config = producerConfig(kafka, delivery);
    }

    static Map<String, Object> producerConfig(KafkaSettings kafka, DeliverySettings delivery) {
        long deliveryMs = delivery.deliveryTimeout().toMillis();
        long requestMs = Math.max(500, Math.min(10_000, (deliveryMs - kafka.lingerMs()) / 2));
        Map<String, Object> config = new HashMap<>();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
        config.put(ProducerConfig.RETRIES_CONFIG, Integer.MAX_VALUE);
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) deliveryMs);
        config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) requestMs);
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, delivery.maxBlock().toMillis());
        config.put(ProducerConfig.LINGER_MS_CONFIG, kafka.lingerMs());
        config.put(ProducerConfig.BATCH_SIZE_CONFIG, kafka.batchSizeBytes());
        config.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, kafka.compression());
        // Room for the whole in-flight window, so a send never waits for producer memory.
        config.put(ProducerConfig.BUFFER_MEMORY_CONFIG, delivery.inFlightBytes() + (16L << 20));
        config.put(ProducerConfig.CLIENT_ID_CONFIG, kafka.clientId() + "-publisher");
        return config;
    }

    static ProducerRecord<String, byte[]> record(OutboundMessage message) {
        return new ProducerRecord<>(message.topic(), message.key(), message.value());
    }

    /** The open producer, opening a new one after an abort. */
    synchronized Producer<String, byte[]> producer() {
        if (closed) {
            throw new IllegalStateException("publisher is closed");
        }
        if (current == null) {
            Map<String, Object> session = new HashMap<>(config);
            session.put(
                    ProducerConfig.CLIENT_ID_CONFIG,
                    config.get(ProducerConfig.CLIENT_ID_CONFIG) + "-" + generation++);
            current =
                    new KafkaProducer<>(session, new StringSerializer(), new ByteArraySerializer());
        }
        return current;
    }

    /** Sends on the given producer; a send that throws is reported to the callback. */
    static void send(Producer<String, byte[]> producer, OutboundMessage message, Callback done) {
        try {
            producer.send(record(message), done);
        } catch (RuntimeException e) {
            done.onCompletion(null, e);
        }
    }

    /**
     * Fails every record of {@code producer} not yet acknowledged, at once (also from a producer
     * callback). Does nothing to a newer producer.
     */
    void abort(Producer<String, byte[]> producer) {
        synchronized (this) {
            if (current == producer) {
                current = null;
            }
            if (!aborted.contains(producer)) {
                aborted.add(producer);
            }
        }
        producer.close(Duration.ZERO);
    }

    /**
     * Joins the threads of aborted producers and lets them go. Call it holding no lock: an aborted
     * producer's thread may still be running callbacks.
     */
    void releaseAborted() {
        List<Producer<String, byte[]>> old;
        synchronized (this) {
            old = new ArrayList<>(aborted);
            aborted.clear();
        }
        old.forEach(producer -> producer.close(Duration.ZERO));
    }

    /**
     * Waits up to {@code timeout} for what is in flight, then fails the rest; joins the producer
     * threads, also those of aborted producers.
     */
    void close(Duration timeout) {
        Producer<String, byte[]> last;
        List<Producer<String, byte[]>> old;
        synchronized (this) {
            closed = true;
            last = current;
            current = null;
            old = new ArrayList<>(aborted);
            aborted.clear();
        }
        if (last != null) {
            last.close(timeout);
        }
        old.forEach(producer -> producer.close(Duration.ZERO));
    }

    @Override
    public void close() {
        close(Duration.ofSeconds(10));
    }
}
