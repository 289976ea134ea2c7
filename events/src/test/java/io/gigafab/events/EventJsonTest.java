package io.gigafab.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gigafab.events.equipment.EquipmentEvent;
import io.gigafab.events.measurement.MeasurementBatch;
import io.gigafab.events.unit.TrackedIn;
import io.gigafab.events.unit.UnitEvent;
import org.junit.jupiter.api.Test;

class EventJsonTest {

    @Test
    void timestampsAreIsoStringsAndNumbersAreNumbers() {
        JsonNode json = tree(Examples.measurementBatch());

        assertThat(json.get("producedAt").textValue()).isEqualTo("2025-11-20T08:15:31.250Z");
        assertThat(json.get("samples").get(0).get("statusCode").isIntegralNumber()).isTrue();
        assertThat(json.get("samples").get(0).get("context").get("positionM").doubleValue())
                .isEqualTo(1234.5);
    }

    @Test
    void nullOptionalFieldsAreLeftOut() {
        JsonNode json = tree(Examples.holdReleased());

        assertThat(json.has("equipment")).isFalse();
        assertThat(json.has("orderId")).isFalse();
        assertThat(json.has("operator")).isFalse();
        assertThat(json.get("releasedBy").textValue()).isEqualTo("qe.schmidt");
    }

    @Test
    void laterAdditiveV1MessageStillReads() {
        ObjectNode json = (ObjectNode) tree(Examples.measurementBatch());
        json.put("gatewayVersion", "1.4.0");
        ((ObjectNode) json.get("equipment")).put("vendor", "ACME Coating");
        ((ObjectNode) json.get("samples").get(0))
                .putObject("euRange")
                .put("low", 0)
                .put("high", 40);

        MeasurementBatch read = EventJson.fromJson(json.toString(), MeasurementBatch.class);

        assertThat(read).isEqualTo(Examples.measurementBatch());
    }

    @Test
    void eventTypeAddedLaterInV1ReadsAsNullSoConsumersCanSkipIt() {
        ObjectNode json = (ObjectNode) tree(Examples.trackedIn());
        json.put("type", "TAB_WELDED");
        ObjectNode equipmentEvent = (ObjectNode) tree(Examples.alarm());
        equipmentEvent.put("type", "ENERGY_REPORT");

        assertThat(EventJson.fromJson(json.toString(), UnitEvent.class)).isNull();
        assertThat(EventJson.fromJson(equipmentEvent.toString(), EquipmentEvent.class)).isNull();
    }

    @Test
    void missingRequiredNumberIsAnErrorNotZero() {
        ObjectNode json = (ObjectNode) tree(Examples.graded());
        json.remove("capacityAh");

        assertThatThrownBy(() -> EventJson.fromJson(json.toString(), UnitEvent.class))
                .isInstanceOf(InvalidMessageException.class)
                .hasMessageContaining("not a valid UnitEvent")
                .hasMessageContaining("capacityAh");
    }

    @Test
    void validationFailureOnReadNamesTheField() {
        ObjectNode json = (ObjectNode) tree(Examples.trackedIn());
        json.remove("operation");

        assertThatThrownBy(() -> EventJson.fromJson(json.toString(), UnitEvent.class))
                .isInstanceOf(InvalidMessageException.class)
                .hasMessage("not a valid UnitEvent: TrackedIn.operation is required");
    }

    @Test
    void missingTypeIsAnError() {
        ObjectNode json = (ObjectNode) tree(Examples.trackedIn());
        json.remove("type");

        assertThatThrownBy(() -> EventJson.fromJson(json.toString(), UnitEvent.class))
                .isInstanceOf(InvalidMessageException.class)
                .hasMessageContaining("type");
    }

    @Test
    void subtypeWrittenDirectlyCarriesItsType() {
        TrackedIn event = Examples.trackedIn();

        assertThat(tree(event).get("type").textValue()).isEqualTo("TRACKED_IN");
        assertThat(EventJson.newMapper().valueToTree(event).get("type").textValue())
                .isEqualTo("TRACKED_IN");
    }

    @Test
    void malformedJsonIsAnInvalidMessage() {
        assertThatThrownBy(() -> EventJson.fromJson("{\"batchId\":", MeasurementBatch.class))
                .isInstanceOf(InvalidMessageException.class)
                .hasMessageStartingWith("not a valid MeasurementBatch");
    }

    private static JsonNode tree(Object message) {
        return EventJson.fromJson(EventJson.toJson(message), JsonNode.class);
    }
}
