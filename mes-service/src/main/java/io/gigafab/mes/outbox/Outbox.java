package io.gigafab.mes.outbox;

import io.gigafab.events.EventJson;
import io.gigafab.events.TopicMessage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * The transactional outbox: a message is stored in the same transaction as the change it reports
 * and reaches Kafka through the outbox relay after commit, or never if the change rolls back.
 */
@ApplicationScoped
public class Outbox {

    private final EntityManager entityManager;

    public Outbox(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void append(TopicMessage message) {
        entityManager
                .createNativeQuery(
                        "insert into outbox_message (topic, message_key, payload) values (?, ?, ?)")
                .setParameter(1, message.topic())
                .setParameter(2, message.kafkaKey())
                .setParameter(3, EventJson.toJson(message))
                .executeUpdate();
    }
}
