package io.gigafab.mes.kafka;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * How the MES reads the topics it consumes (recipe download results, equipment events, insights).
 */
@ConfigMapping(prefix = "gigafab.kafka")
public interface KafkaListenerConfig {

    /** The Kafka brokers, shared with the outbox relay. */
    String bootstrapServers();

    /** Settings of the topic listeners. */
    Listeners listeners();

    interface Listeners {

        /** Switches every topic listener on or off (e.g. for a read-only replica). */
        @WithDefault("true")
        boolean enabled();

        /** The consumer group of the MES: instances of one installation share the partitions. */
        @WithDefault("gigafab-mes")
        String groupId();

        /** Where a new consumer group starts: earliest, so nothing published before is missed. */
        @WithDefault("earliest")
        String autoOffsetReset();

        /** How long one poll waits for records. */
        @WithDefault("PT0.5S")
        Duration pollTimeout();

        /** How often a message whose handling failed for a passing reason is tried. */
        @WithDefault("3")
        int attempts();

        /** The pause after a failed attempt (multiplied by the attempt number). */
        @WithDefault("PT0.2S")
        Duration retryBackoff();
    }
}
