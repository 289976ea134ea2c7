package io.gigafab.mes.outbox;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import javax.sql.DataSource;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.jboss.logging.Logger;

/**
 * Moves outbox messages to Kafka exactly once. One batch: read up to {@code batchSize} messages in
 * id order, send them in one Kafka transaction (key = {@code message_key}, value = the payload as
 * UTF-8, header {@value #ID_HEADER} = the outbox id), commit it, then delete the rows.
 *
 * <p>The rows are deleted only after Kafka committed, so a crash or failure in between leaves rows
 * that Kafka already has. Therefore the relay {@link #reconcile() reconciles} before its first
 * batch and before the first batch after any failure: it reads back the tail of the partitions and
 * deletes the rows whose ids it finds there, without sending them again. Before reading, the
 * producer's {@code initTransactions} finishes or aborts whatever transaction an earlier relay with
 * the same transactional id left open, so the tail is final.
 *
 * <p>Plain class, no CDI: it runs on one thread (not thread-safe) and can be pointed at any broker
 * and datasource. Any failure is thrown to the caller after the producer has been closed; the rows
 * stay and the next call retries.
 */
public class OutboxRelay implements AutoCloseable {

    /** The Kafka header carrying the outbox id (decimal, UTF-8). */
    public static final String ID_HEADER = "gigafab-outbox-id";

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    private final RelaySettings settings;
    private final OutboxTable table;
    private final DeliveredMessages delivered;
    private KafkaProducer<String, byte[]> producer;
    private boolean reconciled;

    public OutboxRelay(RelaySettings settings, DataSource dataSource) {
        this.settings = settings;
        this.table = new OutboxTable(dataSource);
        this.delivered = new DeliveredMessages(settings);
    }

    /**
     * Relays one batch, reconciling first if needed.
     *
     * @return how many messages were relayed (0 when the outbox is empty)
     */
    public int relayBatch() {
        if (!reconciled) {
            reconcile();
        }
        List<OutboxRow> batch = table.oldest(settings.batchSize());
        if (batch.isEmpty()) {
            return 0;
        }
        sendAndCommit(batch);
        try {
            table.delete(batch.stream().map(OutboxRow::id).toList());
        } catch (RuntimeException e) {
            reconciled = false;
            throw e;
        }
        return batch.size();
    }

    /**
     * Deletes the outbox rows that Kafka already holds (committed by an earlier attempt whose
     * delete did not happen), without sending them again.
     *
     * @return how many rows were deleted
     */
    public int reconcile() {
        guarded(this::producer);
        List<String> topics = table.topicsInUse();
        Set<Long> ids = topics.isEmpty() ? Set.of() : guarded(() -> delivered.outboxIds(topics));
        int deleted = table.delete(ids);
        reconciled = true;
        if (deleted > 0) {
            LOG.infof("Outbox reconciled: %d messages were already in Kafka", deleted);
        }
        return deleted;
    }

    /** Messages waiting in the outbox. */
    public long backlog() {
        return table.backlog();
    }

    /** Sends the batch in one Kafka transaction and commits it; deletes nothing. */
    void sendAndCommit(List<OutboxRow> batch) {
        guarded(
                () -> {
                    KafkaProducer<String, byte[]> kafka = producer();
                    kafka.beginTransaction();
                    for (OutboxRow row : batch) {
                        kafka.send(record(row));
                    }
                    kafka.commitTransaction();
                    return batch.size();
                });
    }

    /** The oldest messages, as the next batch would take them. */
    List<OutboxRow> nextBatch() {
        return table.oldest(settings.batchSize());
    }

    private static ProducerRecord<String, byte[]> record(OutboxRow row) {
        ProducerRecord<String, byte[]> record =
                new ProducerRecord<>(
                        row.topic(), row.key(), row.payload().getBytes(StandardCharsets.UTF_8));
        record.headers().add(ID_HEADER, Long.toString(row.id()).getBytes(StandardCharsets.UTF_8));
        return record;
    }

    /** Runs a Kafka step; on failure closes the producer and requires a reconcile next time. */
    private <T> T guarded(KafkaStep<T> step) {
        try {
            return step.run();
        } catch (RuntimeException e) {
            reconciled = false;
            discardProducer();
            throw e;
        }
    }

    private KafkaProducer<String, byte[]> producer() {
        if (producer == null) {
            KafkaProducer<String, byte[]> created = new KafkaProducer<>(producerConfig());
            producer = created;
            created.initTransactions();
        }
        return producer;
    }

    private Properties producerConfig() {
        int timeoutMs = (int) settings.kafkaTimeout().toMillis();
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, settings.bootstrapServers());
        config.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, settings.transactionalId());
        config.put(ProducerConfig.CLIENT_ID_CONFIG, settings.transactionalId());
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, timeoutMs);
        config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, timeoutMs);
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 2 * timeoutMs + 5);
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        return config;
    }

    private void discardProducer() {
        if (producer != null) {
            try {
                producer.close(Duration.ZERO);
            } catch (RuntimeException e) {
                LOG.debugf("Closing the failed outbox producer: %s", e.getMessage());
            } finally {
                producer = null;
            }
        }
    }

    @Override
    public void close() {
        if (producer != null) {
            try {
                producer.close(settings.kafkaTimeout());
            } finally {
                producer = null;
            }
        }
    }

    @FunctionalInterface
    private interface KafkaStep<T> {
        T run();
    }
}
