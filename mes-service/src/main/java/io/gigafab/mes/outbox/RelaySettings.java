package io.gigafab.mes.outbox;

import java.time.Duration;

/**
 * What one outbox relay needs to know about Kafka.
 *
 * @param bootstrapServers the brokers
 * @param transactionalId the Kafka transactional id; every incarnation of the relay uses the same
 *     one, so a new producer fences the old and finishes or aborts its open transaction
 * @param batchSize messages per Kafka transaction
 * @param kafkaTimeout how long one Kafka call may block before the attempt fails
 */
public record RelaySettings(
        String bootstrapServers, String transactionalId, int batchSize, Duration kafkaTimeout) {

    /** Transaction markers and fenced attempts that may follow the last batch in a partition. */
    static final int TAIL_MARGIN = 100;

    public RelaySettings {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be positive, was " + batchSize);
        }
    }

    /** How many offsets at the end of each partition reconciliation reads back. */
    int tailWindow() {
        return batchSize + TAIL_MARGIN;
    }
}
