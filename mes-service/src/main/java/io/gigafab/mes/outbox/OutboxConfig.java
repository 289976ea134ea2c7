package io.gigafab.mes.outbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** The outbox relay. The broker is {@code gigafab.kafka.bootstrap-servers}. */
@ConfigMapping(prefix = "gigafab.outbox")
public interface OutboxConfig {

    /** Whether this replica runs the relay (only the lock holder relays). */
    @WithDefault("true")
    boolean enabled();

    /** Messages per Kafka transaction. */
    @WithDefault("500")
    int batchSize();

    /** The pause after a batch that emptied the outbox. */
    @WithDefault("100ms")
    Duration pollInterval();

    /** How often a replica without the lock asks for it. */
    @WithDefault("5s")
    Duration standbyInterval();

    /** The first pause after a failure; doubled after each further failure. */
    @WithDefault("500ms")
    Duration backoffInitial();

    /** The longest pause after failures. */
    @WithDefault("30s")
    Duration backoffMax();

    /** The Kafka transactional id shared by all replicas (so a new leader fences the old). */
    @WithDefault("gigafab-mes-outbox")
    String transactionalId();

    /** How long one Kafka call may block before the attempt fails and is retried. */
    @WithDefault("10s")
    Duration kafkaTimeout();
}
