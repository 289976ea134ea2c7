package io.gigafab.mes.kafka;

import io.gigafab.events.EventJson;
import io.gigafab.events.InvalidMessageException;
import io.gigafab.mes.api.NotFoundProblem;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.jboss.logging.Logger;

/**
 * Reads one topic on its own named thread with a plain {@link KafkaConsumer}: read_committed, no
 * auto-commit; each message is applied in a database transaction of its own and its offset is
 * committed only after that transaction. A message that cannot be read or applied is set aside as a
 * dead letter (logged with its offset) instead of blocking the partition. The service starts and
 * serves HTTP while Kafka is down: the consumer keeps trying in the background.
 */
public final class TopicListener<T> {

    private static final Logger LOG = Logger.getLogger(TopicListener.class);

    private final String name;
    private final String topic;
    private final Class<T> type;
    private final MessageHandler<T> handler;
    private final KafkaListenerConfig config;
    private final Inbox inbox;
    private final DeadLetters deadLetters;
    private final Thread thread;
    private volatile boolean running = true;
    private volatile KafkaConsumer<String, byte[]> consumer;

    TopicListener(
            String name,
            String topic,
            Class<T> type,
            MessageHandler<T> handler,
            KafkaListenerConfig config,
            Inbox inbox,
            DeadLetters deadLetters) {
        this.name = name;
        this.topic = topic;
        this.type = type;
        this.handler = handler;
        this.config = config;
        this.inbox = inbox;
        this.deadLetters = deadLetters;
        this.thread = new Thread(this::run, "kafka-listener-" + name);
        this.thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    /** Stops polling, finishes the message in hand and closes the consumer. */
    void stop(Duration timeout) {
        running = false;
        KafkaConsumer<String, byte[]> current = consumer;
        if (current != null) {
            current.wakeup();
        }
        try {
            thread.join(timeout.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void run() {
        while (running) {
            try (KafkaConsumer<String, byte[]> opened = new KafkaConsumer<>(properties())) {
                consumer = opened;
                opened.subscribe(List.of(topic));
                pollUntilStopped(opened);
            } catch (WakeupException e) {
                // stop() was called
            } catch (KafkaException e) {
                LOG.warnf("Listener %s on %s: %s; trying again", name, topic, e.getMessage());
                pause(config.listeners().retryBackoff().multipliedBy(10));
            } catch (RuntimeException e) {
                LOG.errorf(e, "Listener %s on %s failed; reopening the consumer", name, topic);
                pause(config.listeners().retryBackoff().multipliedBy(10));
            } finally {
                consumer = null;
            }
        }
        LOG.infof("Listener %s on %s stopped", name, topic);
    }

    private void pollUntilStopped(KafkaConsumer<String, byte[]> opened) {
        while (running) {
            ConsumerRecords<String, byte[]> records = opened.poll(config.listeners().pollTimeout());
            Map<TopicPartition, OffsetAndMetadata> done = new HashMap<>();
            try {
                for (ConsumerRecord<String, byte[]> record : records) {
                    process(record);
                    done.put(
                            new TopicPartition(record.topic(), record.partition()),
                            new OffsetAndMetadata(record.offset() + 1));
                }
            } finally {
                if (!done.isEmpty()) {
                    opened.commitSync(done);
                }
            }
        }
    }

    /** Applies one record, or sets it aside; throws only when even that is impossible. */
    private void process(ConsumerRecord<String, byte[]> record) {
        T message;
        try {
            message = record.value() == null ? null : EventJson.fromJson(record.value(), type);
        } catch (InvalidMessageException e) {
            setAside(record, e);
            return;
        }
        if (message == null) {
            LOG.debugf(
                    "%s: skipped an empty or unknown message at offset %d", name, record.offset());
            return;
        }
        for (int attempt = 1; ; attempt++) {
            try {
                deliver(message);
                return;
            } catch (RuntimeException e) {
                if (!retriable(e) || attempt >= config.listeners().attempts()) {
                    setAside(record, e);
                    return;
                }
                LOG.warnf(
                        "%s: attempt %d at offset %d failed: %s",
                        name, attempt, record.offset(), e);
                pause(config.listeners().retryBackoff().multipliedBy(attempt));
            }
        }
    }

    private void deliver(T message) {
        ManagedContext requestContext = Arc.container().requestContext();
        requestContext.activate();
        try {
            QuarkusTransaction.requiringNew()
                    .run(
                            () -> {
                                if (inbox.firstDelivery(name, handler.messageId(message))) {
                                    handler.apply(message);
                                }
                            });
            handler.afterCommit(message);
        } finally {
            requestContext.terminate();
        }
    }

    private static boolean retriable(RuntimeException e) {
        return !(e instanceof UnusableMessage
                || e instanceof NotFoundProblem
                || e instanceof IllegalArgumentException
                || e instanceof InvalidMessageException);
    }

    private void setAside(ConsumerRecord<String, byte[]> record, Exception e) {
        LOG.errorf(
                "%s: message at %s-%d offset %d set aside as a dead letter: %s",
                name, record.topic(), record.partition(), record.offset(), e.getMessage());
        ManagedContext requestContext = Arc.container().requestContext();
        requestContext.activate();
        try {
            deadLetters.store(name, record, e.getClass().getSimpleName() + ": " + e.getMessage());
        } finally {
            requestContext.terminate();
        }
    }

    private Properties properties() {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, config.bootstrapServers());
        props.put(ConsumerConfig.GROUP_ID_CONFIG, config.listeners().groupId());
        props.put(ConsumerConfig.CLIENT_ID_CONFIG, config.listeners().groupId() + "-" + name);
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, config.listeners().autoOffsetReset());
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        return props;
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
