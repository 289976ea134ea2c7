package io.gigafab.events.kafka;

import io.gigafab.events.EventJson;
import io.gigafab.events.InvalidMessageException;
import java.util.Objects;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;

/**
 * Kafka value deserializer reading one Gigafab message type from UTF-8 JSON with {@link EventJson}.
 * A null value (tombstone) and an event subtype unknown to this version read as null; a payload
 * that is not a valid message throws {@link SerializationException} naming the topic and the type.
 *
 * <p>Frameworks that instantiate deserializers by class name need a no-argument constructor:
 * subclass it, e.g. {@code class UnitEventDeserializer extends JsonDeserializer<UnitEvent> {
 * UnitEventDeserializer() { super(UnitEvent.class); } }}.
 */
public class JsonDeserializer<T> implements Deserializer<T> {

    private final Class<T> type;

    public JsonDeserializer(Class<T> type) {
        this.type = Objects.requireNonNull(type, "type is required");
    }

    /** The message type this deserializer reads. */
    public Class<T> type() {
        return type;
    }

    @Override
    public T deserialize(String topic, byte[] data) {
        if (data == null) {
            return null;
        }
        try {
            return EventJson.fromJson(data, type);
        } catch (InvalidMessageException e) {
            throw new SerializationException(
                    "cannot deserialise "
                            + type.getName()
                            + " from topic "
                            + topic
                            + " ("
                            + data.length
                            + " bytes): "
                            + e.getMessage(),
                    e);
        }
    }
}
