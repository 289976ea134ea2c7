package io.gigafab.mes.kafka;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * The messages each consumer has applied, by message id: a redelivered message (after a restart or
 * a rebalance before its offset was committed) is recognised and not applied twice.
 */
@ApplicationScoped
public class Inbox {

    private final EntityManager entityManager;

    Inbox(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Records the message as applied by the consumer; false when it already was. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean firstDelivery(String consumer, String messageId) {
        int inserted =
                entityManager
                        .createNativeQuery(
                                "insert into consumed_message (consumer, message_id) values (?, ?)"
                                        + " on conflict do nothing")
                        .setParameter(1, consumer)
                        .setParameter(2, messageId)
                        .executeUpdate();
        return inserted == 1;
    }
}
