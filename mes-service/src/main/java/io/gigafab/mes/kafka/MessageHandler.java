package io.gigafab.mes.kafka;

/**
 * What a {@link TopicListener} does with each message of its topic.
 *
 * @param <T> the message type of the topic
 */
public interface MessageHandler<T> {

    /** The id that makes a message unique on its topic; a second delivery is not applied. */
    String messageId(T message);

    /**
     * Applies a message the first time it is delivered, in the listener's transaction (the offset
     * is committed after that transaction). Throw {@link UnusableMessage} for a message that can
     * never be applied; any other exception is retried and then set aside as a dead letter.
     */
    void apply(T message);

    /**
     * Runs after the transaction of {@link #apply} committed, on every delivery (also of a
     * duplicate), e.g. to act on what was stored in a transaction of its own. Must be idempotent.
     */
    default void afterCommit(T message) {}
}
