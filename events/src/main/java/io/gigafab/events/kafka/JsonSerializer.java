package io.gigafab.events.kafka;

import io.gigafab.events.EventJson;
import io.gigafab.events.InvalidMessageException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Kafka value serializer writing any Gigafab message as UTF-8 JSON with {@link EventJson}. A null
 * message is written as a null value.
 */
public class JsonSerializer<T> implements Serializer<T> {

    @Override
    public byte[] serialize(String topic, T message) {
        if (message == null) {
            return null;
        }
        try {
            return EventJson.toBytes(message);
        } catch (InvalidMessageException e) {
            throw new SerializationException(
                    "cannot serialise "
                            + message.getClass().getName()
                            + " for topic "
                            + topic
                            + ": "
                            + e.getMessage(),
                    e);
        }
    }
}
