package io.gigafab.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gigafab.events.kafka.JsonDeserializer;
import io.gigafab.events.kafka.JsonSerializer;
import io.gigafab.events.measurement.MeasurementBatch;
import io.gigafab.events.unit.UnitEvent;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

class KafkaSerdeTest {

    private final JsonSerializer<MeasurementBatch> serializer = new JsonSerializer<>();
    private final JsonDeserializer<MeasurementBatch> deserializer =
            new JsonDeserializer<>(MeasurementBatch.class);

    @Test
    void measurementBatchGoesThroughKafkaSerdes() {
        MeasurementBatch batch = Examples.measurementBatch();

        byte[] bytes = serializer.serialize(Topics.MEASUREMENTS, batch);

        assertThat(new String(bytes, StandardCharsets.UTF_8)).contains("\"value\":21.3");
        assertThat(deserializer.deserialize(Topics.MEASUREMENTS, bytes)).isEqualTo(batch);
    }

    @Test
    void unitEventsGoThroughTheFamilyDeserializer() {
        JsonDeserializer<UnitEvent> events = new JsonDeserializer<>(UnitEvent.class);
        JsonSerializer<UnitEvent> writer = new JsonSerializer<>();

        byte[] bytes = writer.serialize(Topics.UNIT_EVENTS, Examples.graded());

        assertThat(events.deserialize(Topics.UNIT_EVENTS, bytes)).isEqualTo(Examples.graded());
    }

    @Test
    void garbageBytesNameTopicAndType() {
        byte[] garbage = {(byte) 0xCA, (byte) 0xFE, 0x00, 0x7B};

        assertThatThrownBy(() -> deserializer.deserialize(Topics.MEASUREMENTS, garbage))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("gigafab.measurements.v1")
                .hasMessageContaining(MeasurementBatch.class.getName());
    }

    @Test
    void wellFormedJsonOfTheWrongShapeIsASerializationException() {
        byte[] json = "{\"batchId\":\"not-a-uuid\"}".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> deserializer.deserialize(Topics.MEASUREMENTS, json))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("gigafab.measurements.v1")
                .hasCauseInstanceOf(InvalidMessageException.class);
    }

    @Test
    void nullsPassThrough() {
        assertThat(serializer.serialize(Topics.MEASUREMENTS, null)).isNull();
        assertThat(deserializer.deserialize(Topics.MEASUREMENTS, null)).isNull();
    }
}
