package io.gigafab.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SchemaValidationTest {

    @ParameterizedTest
    @MethodSource("io.gigafab.events.RoundTripTest#messages")
    void serialisedMessageValidatesAgainstItsSchema(TopicMessage message) {
        JsonNode json = toTree(message);

        assertThat(ContractSchemas.validate(ContractSchemas.nameFor(message.getClass()), json))
                .isEmpty();
    }

    static Stream<Arguments> brokenMessages() {
        return Stream.of(
                broken(
                        "batch without batchId",
                        "'batchId'",
                        Examples.measurementBatch(),
                        j -> obj(j).remove("batchId")),
                broken(
                        "batch without samples",
                        "/samples",
                        Examples.measurementBatch(),
                        j -> obj(j).putArray("samples")),
                broken(
                        "sample with unknown quality",
                        "/samples/0/quality",
                        Examples.measurementBatch(),
                        j -> sample(j).put("quality", "OK")),
                broken(
                        "sample with statusCode as text",
                        "/samples/0/statusCode",
                        Examples.measurementBatch(),
                        j -> sample(j).put("statusCode", "0")),
                broken(
                        "sample value as object",
                        "/samples/0/value",
                        Examples.measurementBatch(),
                        j -> sample(j).putObject("value").put("number", 21.3)),
                broken(
                        "GOOD sample without value",
                        "/samples/0/value",
                        Examples.measurementBatch(),
                        j -> sample(j).putNull("value")),
                broken(
                        "GOOD quality with a bad status code",
                        "/samples/0/statusCode",
                        Examples.measurementBatch(),
                        j -> sample(j).put("statusCode", 0x80340000L)),
                broken(
                        "timestamp as epoch number",
                        "/producedAt",
                        Examples.measurementBatch(),
                        j -> obj(j).put("producedAt", 1763626530250L)),
                broken(
                        "timestamp not a date-time",
                        "date-time",
                        Examples.measurementBatch(),
                        j -> obj(j).put("producedAt", "20.11.2025 08:15")),
                broken(
                        "batchId not a uuid",
                        "UUID",
                        Examples.measurementBatch(),
                        j -> obj(j).put("batchId", "batch-1")),
                broken(
                        "equipment class unknown",
                        "/equipment/equipmentClass",
                        Examples.measurementBatch(),
                        j -> obj(j.get("equipment")).put("equipmentClass", "OVEN")),
                broken(
                        "equipment id with slash",
                        "/equipment/equipmentId",
                        Examples.measurementBatch(),
                        j -> obj(j.get("equipment")).put("equipmentId", "L1/COAT-01")),
                broken(
                        "unit event without type",
                        "'type'",
                        Examples.trackedIn(),
                        j -> obj(j).remove("type")),
                broken(
                        "unit event of unknown type",
                        "one and only one",
                        Examples.trackedIn(),
                        j -> obj(j).put("type", "TRACKED_INN")),
                broken(
                        "tracked in without operation",
                        "'operation'",
                        Examples.trackedIn(),
                        j -> obj(j).remove("operation")),
                broken(
                        "recipe id without version",
                        "'recipeVersion'",
                        Examples.trackedIn(),
                        j -> obj(j).remove("recipeVersion")),
                broken(
                        "unit kind unknown",
                        "/unit/kind",
                        Examples.trackedIn(),
                        j -> obj(j.get("unit")).put("kind", "SHEET")),
                broken(
                        "track-out result unknown",
                        "/result",
                        Examples.trackedOut(),
                        j -> obj(j).put("result", "OK")),
                broken(
                        "key value as text",
                        "/keyValues/stack.overhangMm",
                        Examples.trackedOut(),
                        j -> obj(j.get("keyValues")).put("stack.overhangMm", "0.9")),
                broken(
                        "material consumed with both forms",
                        "2 are valid",
                        Examples.rollConsumed(),
                        j ->
                                obj(j).putObject("materialLot")
                                        .put("lotId", "L")
                                        .put("quantity", 1)
                                        .put("unit", "g")),
                broken(
                        "material consumed with neither form",
                        "'rollSegment'",
                        Examples.rollConsumed(),
                        j -> obj(j).remove("rollSegment")),
                broken(
                        "roll segment without endM",
                        "'endM'",
                        Examples.rollConsumed(),
                        j -> obj(j.get("rollSegment")).remove("endM")),
                broken(
                        "graded without capacity",
                        "'capacityAh'",
                        Examples.graded(),
                        j -> obj(j).remove("capacityAh")),
                broken(
                        "graded capacity as text",
                        "/capacityAh",
                        Examples.graded(),
                        j -> obj(j).put("capacityAh", "281.6")),
                broken(
                        "graded unit not a cell",
                        "/unit/kind",
                        Examples.graded(),
                        j -> obj(j.get("unit")).put("kind", "ROLL")),
                broken(
                        "hold released with unknown disposition",
                        "/disposition",
                        Examples.holdReleased(),
                        j -> obj(j).put("disposition", "USE_AS_IS")),
                broken(
                        "insight without scope line",
                        "'line'",
                        Examples.yieldInsight(),
                        j -> obj(j.get("scope")).remove("line")),
                broken(
                        "insight severity unknown",
                        "/severity",
                        Examples.yieldInsight(),
                        j -> obj(j).put("severity", "HIGH")),
                broken(
                        "insight confidence above 1",
                        "/confidence",
                        Examples.yieldInsight(),
                        j -> obj(j).put("confidence", 1.2)),
                broken(
                        "hold suggestion without target",
                        "/suggestedAction",
                        Examples.yieldInsight(),
                        j -> {
                            obj(j.get("suggestedAction")).remove("rollSegment");
                            obj(j.get("suggestedAction")).remove("cellIds");
                        }),
                broken(
                        "recipe change without parameter",
                        "'parameter'",
                        Examples.recipeSuggestion(),
                        j -> obj(j.get("suggestedAction")).remove("parameter")),
                broken(
                        "download without setpoints",
                        "'setpoints'",
                        Examples.recipeDownload(),
                        j -> obj(j).remove("setpoints")),
                broken(
                        "setpoint value as text",
                        "/setpoints/0/value",
                        Examples.recipeDownload(),
                        j -> obj(j.get("setpoints").get(0)).put("value", "45")),
                broken(
                        "download recipe version 0",
                        "/recipeVersion",
                        Examples.recipeDownload(),
                        j -> obj(j).put("recipeVersion", 0)),
                broken(
                        "result status unknown",
                        "/status",
                        Examples.recipeDownloadResult(),
                        j -> obj(j).put("status", "DONE")),
                broken(
                        "ACCEPTED with a failed read-back",
                        "/setpoints/1/ok",
                        Examples.recipeDownloadResult(),
                        j -> obj(j).put("status", "ACCEPTED")),
                broken(
                        "read-back ok without value",
                        "'readBack'",
                        Examples.recipeDownloadResult(),
                        j -> obj(j.get("setpoints").get(0)).remove("readBack")),
                broken(
                        "state change to unknown state",
                        "/to",
                        Examples.stateChange(),
                        j -> obj(j).put("to", "EXECUTING")),
                broken(
                        "state change without to",
                        "'to'",
                        Examples.stateChange(),
                        j -> obj(j).remove("to")),
                broken(
                        "alarm severity above 1000",
                        "/severity",
                        Examples.alarm(),
                        j -> obj(j).put("severity", 1001)),
                broken(
                        "alarm active as text",
                        "/active",
                        Examples.alarm(),
                        j -> obj(j).put("active", "true")),
                broken(
                        "job result negative count",
                        "/badCount",
                        Examples.jobResult(),
                        j -> obj(j).put("badCount", -1)),
                broken(
                        "job result unknown outcome",
                        "/result",
                        Examples.jobResult(),
                        j -> obj(j).put("result", "DONE")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenMessages")
    void schemaRejectsBrokenMessage(
            String what, String schema, String expectedError, JsonNode valid, JsonNode broken) {
        // the unbroken original passes, so it is the change that the schema rejects
        assertThat(ContractSchemas.validate(schema, valid)).isEmpty();
        assertThat(ContractSchemas.validate(schema, broken))
                .as(what)
                .isNotEmpty()
                .anySatisfy(error -> assertThat(error.toString()).contains(expectedError));
    }

    @ParameterizedTest
    @MethodSource("io.gigafab.events.RoundTripTest#messages")
    void additivePropertiesAreAllowedEverywhere(TopicMessage message) {
        ObjectNode json = (ObjectNode) toTree(message);
        json.put("addedInV1_1", "x");
        if (json.has("equipment")) {
            obj(json.get("equipment")).putObject("addedInV1_1").put("ratedPowerKw", 250);
        }

        assertThat(ContractSchemas.validate(ContractSchemas.nameFor(message.getClass()), json))
                .isEmpty();
    }

    private static Arguments broken(
            String what, String expectedError, TopicMessage message, Consumer<JsonNode> change) {
        JsonNode json = toTree(message);
        change.accept(json);
        return Arguments.of(
                what,
                ContractSchemas.nameFor(message.getClass()),
                expectedError,
                toTree(message),
                json);
    }

    private static JsonNode toTree(Object message) {
        return EventJson.fromJson(EventJson.toJson(message), JsonNode.class);
    }

    private static ObjectNode obj(JsonNode node) {
        return (ObjectNode) node;
    }

    private static ObjectNode sample(JsonNode batch) {
        return (ObjectNode) ((ArrayNode) batch.get("samples")).get(0);
    }
}
