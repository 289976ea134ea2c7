package io.gigafab.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.gigafab.events.equipment.EquipmentEvent;
import io.gigafab.events.measurement.MeasurementBatch;
import io.gigafab.events.measurement.Sample;
import io.gigafab.events.measurement.SampleValue;
import io.gigafab.events.unit.Graded;
import io.gigafab.events.unit.UnitEvent;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class RoundTripTest {

    static Stream<Named<TopicMessage>> messages() {
        return Stream.of(
                Named.of("MeasurementBatch", Examples.measurementBatch()),
                Named.of("TrackedIn", Examples.trackedIn()),
                Named.of("TrackedOut", Examples.trackedOut()),
                Named.of("MaterialConsumed (roll segment)", Examples.rollConsumed()),
                Named.of("MaterialConsumed (material lot)", Examples.lotConsumed()),
                Named.of("Graded", Examples.graded()),
                Named.of("HoldPlaced", Examples.holdPlaced()),
                Named.of("HoldReleased", Examples.holdReleased()),
                Named.of("Scrapped", Examples.scrapped()),
                Named.of("YieldInsight (containment)", Examples.yieldInsight()),
                Named.of("YieldInsight (recipe change)", Examples.recipeSuggestion()),
                Named.of("RecipeDownload", Examples.recipeDownload()),
                Named.of("RecipeDownloadResult", Examples.recipeDownloadResult()),
                Named.of("StateChange", Examples.stateChange()),
                Named.of("Alarm", Examples.alarm()),
                Named.of("JobResult", Examples.jobResult()));
    }

    /** The type a consumer reads the message as: the sealed family for events, else the record. */
    static Class<?> readType(Object message) {
        if (message instanceof UnitEvent) {
            return UnitEvent.class;
        }
        if (message instanceof EquipmentEvent) {
            return EquipmentEvent.class;
        }
        return message.getClass();
    }

    @ParameterizedTest
    @MethodSource("messages")
    void messageSurvivesJsonRoundTrip(TopicMessage message) {
        String json = EventJson.toJson(message);

        assertThat(EventJson.fromJson(json, readType(message))).isEqualTo(message);
        assertThat(EventJson.fromJson(json.getBytes(), message.getClass())).isEqualTo(message);
        assertThat(EventJson.fromJson(EventJson.toBytes(message), readType(message)))
                .isEqualTo(message);
    }

    @ParameterizedTest
    @MethodSource("messages")
    void helperMethodsAreNotPartOfTheJson(TopicMessage message) {
        JsonNode json = EventJson.fromJson(EventJson.toJson(message), JsonNode.class);

        assertThat(json.has("topic")).isFalse();
        assertThat(json.has("kafkaKey")).isFalse();
        assertThat(json.findValues("path")).isEmpty();
        assertThat(message.topic()).isIn(Topics.ALL);
        assertThat(Topics.payloadType(message.topic())).isAssignableFrom(message.getClass());
    }

    @Test
    void everySampleValueKindSurvivesRoundTripAsPlainJsonValue() {
        List<Sample> samples =
                List.of(
                        Examples.coatWeight(),
                        Examples.dryerMode(),
                        Examples.spliceDetected(),
                        Examples.badGauge());
        MeasurementBatch batch =
                new MeasurementBatch(Examples.id(99), Examples.COATER, Examples.T0, samples);

        JsonNode json = EventJson.fromJson(EventJson.toJson(batch), JsonNode.class);
        MeasurementBatch read = EventJson.fromJson(EventJson.toJson(batch), MeasurementBatch.class);

        JsonNode values = json.get("samples");
        assertThat(values.get(0).get("value").isNumber()).isTrue();
        assertThat(values.get(0).get("value").doubleValue()).isEqualTo(21.3);
        assertThat(values.get(1).get("value").textValue()).isEqualTo("PROFILE_B");
        assertThat(values.get(2).get("value").isBoolean()).isTrue();
        assertThat(values.get(3).has("value")).isTrue();
        assertThat(values.get(3).get("value").isNull()).isTrue();
        assertThat(read.samples())
                .extracting(Sample::value)
                .containsExactly(
                        SampleValue.of(21.3),
                        SampleValue.of("PROFILE_B"),
                        SampleValue.of(false),
                        null);
    }

    @Test
    void integralJsonNumberReadsAsNumberValue() {
        String json =
                EventJson.toJson(Examples.measurementBatch())
                        .replace("\"value\":21.3", "\"value\":21");

        MeasurementBatch read = EventJson.fromJson(json, MeasurementBatch.class);

        assertThat(read.samples().get(0).value()).isEqualTo(SampleValue.of(21.0));
        assertThat(read.samples().get(0).value().asNumber()).hasValue(21.0);
        assertThat(SampleValue.of("21").asNumber()).isEmpty();
    }

    @Test
    void unitEventSubtypeIsChosenByTypeProperty() {
        String json = EventJson.toJson(Examples.graded());

        assertThat(json).startsWith("{\"type\":\"GRADED\"");
        assertThat(EventJson.fromJson(json, UnitEvent.class)).isInstanceOf(Graded.class);
    }
}
