package io.gigafab.mes.kafka;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/** Messages a consumer could not read or apply, kept with the reason for people to look at. */
@ApplicationScoped
public class DeadLetters {

    private final EntityManager entityManager;

    DeadLetters(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void store(String consumer, ConsumerRecord<String, byte[]> record, String error) {
        entityManager
                .createNativeQuery(
                        "insert into dead_letter_message (consumer, topic, partition, \"offset\","
                                + " message_key, payload, error) values (?, ?, ?, ?, ?, ?, ?)")
                .setParameter(1, consumer)
                .setParameter(2, record.topic())
                .setParameter(3, record.partition())
                .setParameter(4, record.offset())
                .setParameter(5, record.key())
                .setParameter(
                        6,
                        record.value() == null
                                ? null
                                : new String(record.value(), StandardCharsets.UTF_8))
                .setParameter(7, error == null ? "unknown error" : error)
                .executeUpdate();
    }

    /** How many messages of a consumer were set aside, e.g. for a test or a health view. */
    @Transactional
    public long count(String consumer) {
        return ((Number)
                        entityManager
                                .createNativeQuery(
                                        "select count(*) from dead_letter_message where consumer ="
                                                + " ?")
                                .setParameter(1, consumer)
                                .getSingleResult())
                .longValue();
    }
}
