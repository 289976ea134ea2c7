package io.gigafab.events;

/**
 * A top-level message published on one of the {@link Topics}. It knows its topic and its Kafka
 * record key, so every producer partitions the same way (the key decides ordering: all messages
 * with one key are read in the order they were written).
 */
public interface TopicMessage {

    /** The topic this message is published on. */
    String topic();

    /** The Kafka record key for this message. */
    String kafkaKey();
}
