package io.gigafab.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gigafab.events.SchemaCompatibility.Report;
import io.gigafab.events.SchemaFieldSet.Field;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Guards the v1 schemas against breaking changes by comparing their field sets with the committed
 * baseline {@code golden/v1/schema-baseline.json}. After an additive change, record it with {@code
 * ../mvnw -B test -Dtest=SchemaBaselineTest -Dgigafab.events.updateBaseline=true} and commit the
 * file.
 */
class SchemaBaselineTest {

    static final String BASELINE_FILE = "schema-baseline.json";
    static final String UPDATE_PROPERTY = "gigafab.events.updateBaseline";
    static final String RULE =
            "v1 allows additive changes only (new optional properties, new event types, new enum"
                    + " values); add a v2 topic and schema for breaking changes.";

    private static final ObjectMapper JSON =
            new ObjectMapper()
                    .setSerializationInclusion(JsonInclude.Include.NON_NULL)
                    .enable(SerializationFeature.INDENT_OUTPUT);

    @Test
    void noSchemaBreaksItsBaseline() {
        List<String> breaking = new ArrayList<>();
        baseline()
                .forEach(
                        (schema, fields) -> {
                            if (!ContractSchemas.ALL.contains(schema)) {
                                breaking.add(schema + ": the whole schema was removed");
                            } else {
                                breaking.addAll(compare(schema, fields).breaking());
                            }
                        });

        assertThat(breaking).as("Breaking change to a v1 contract. %s", RULE).isEmpty();
    }

    @Test
    void baselineRecordsEveryCurrentProperty() throws IOException {
        Map<String, SortedMap<String, Field>> baseline = baseline();
        List<String> additions = new ArrayList<>();
        for (String schema : ContractSchemas.ALL) {
            if (!baseline.containsKey(schema)) {
                additions.add(schema + ": new schema");
            } else {
                additions.addAll(compare(schema, baseline.get(schema)).additions());
            }
        }
        if (!additions.isEmpty() && Boolean.getBoolean(UPDATE_PROPERTY)) {
            writeBaseline();
            return;
        }

        assertThat(additions)
                .as(
                        "Additive change (allowed in v1) not yet recorded in %s. Record it with"
                                + " `../mvnw -B test -Dtest=SchemaBaselineTest -D%s=true` and"
                                + " commit the file. %s",
                        BASELINE_FILE, UPDATE_PROPERTY, RULE)
                .isEmpty();
    }

    @Test
    void guardCatchesEachKindOfBreakingChange() {
        String schema = ContractSchemas.MEASUREMENT_BATCH;

        assertThat(breakingAfter(s -> sampleProperties(s).remove("engineeringUnit")))
                .containsExactly(schema + ": property samples[].engineeringUnit was removed");
        assertThat(
                        breakingAfter(
                                s ->
                                        sampleProperties(s)
                                                .putObject("statusCode")
                                                .put("type", "string")))
                .containsExactly(
                        schema
                                + ": property samples[].statusCode changed type from integer to"
                                + " string");
        assertThat(breakingAfter(s -> sampleRequired(s).add("engineeringUnit")))
                .containsExactly(
                        schema
                                + ": property samples[].engineeringUnit became required (old"
                                + " producers may leave it out)");
        assertThat(breakingAfter(s -> removeText(sampleRequired(s), "tag")))
                .containsExactly(
                        schema
                                + ": property samples[].tag is no longer required (consumers rely"
                                + " on it)");
        assertThat(
                        breakingAfter(
                                s ->
                                        removeText(
                                                (ArrayNode)
                                                        sampleProperties(s)
                                                                .get("quality")
                                                                .get("enum"),
                                                "BAD")))
                .containsExactly(schema + ": property samples[].quality no longer allows [BAD]");
        assertThat(
                        breakingAfter(
                                s -> {
                                    sampleProperties(s)
                                            .putObject("lineSpeed")
                                            .put("type", "number");
                                    sampleRequired(s).add("lineSpeed");
                                }))
                .containsExactly(
                        schema
                                + ": new property samples[].lineSpeed is required (old producers do"
                                + " not send it)");
    }

    @Test
    void guardAcceptsAdditiveChanges() {
        String schema = ContractSchemas.MEASUREMENT_BATCH;
        ObjectNode changed = ContractSchemas.tree(schema).deepCopy();
        sampleProperties(changed).putObject("lineSpeed").put("type", "number");
        ((ArrayNode) sampleProperties(changed).get("quality").get("enum")).add("NOT_READ");
        ObjectNode newObject = sampleProperties(changed).putObject("gauge");
        newObject.put("type", "object").putArray("required").add("serial");
        newObject.putObject("properties").putObject("serial").put("type", "string");

        Report report = compareWith(schema, changed);

        assertThat(report.breaking()).isEmpty();
        assertThat(report.additions())
                .containsExactlyInAnyOrder(
                        schema + ": property samples[].quality allows new values [NOT_READ]",
                        schema + ": new property samples[].lineSpeed",
                        schema + ": new property samples[].gauge",
                        schema + ": new property samples[].gauge.serial");
    }

    @Test
    void guardAcceptsANewEventType() {
        String schema = ContractSchemas.UNIT_EVENT;
        ObjectNode changed = ContractSchemas.tree(schema).deepCopy();
        ObjectNode welded = ((ObjectNode) changed.get("$defs")).putObject("TabWelded");
        welded.putArray("required").add("type").add("weldEnergyJ");
        ObjectNode properties = welded.putObject("properties");
        properties.putObject("type").put("const", "TAB_WELDED");
        properties.putObject("weldEnergyJ").put("type", "number");
        ((ArrayNode) changed.get("oneOf")).addObject().put("$ref", "#/$defs/TabWelded");

        Report report = compareWith(schema, changed);

        assertThat(report.breaking()).isEmpty();
        assertThat(report.additions()).hasSize(2);
    }

    @Test
    void baselineCoversExactlyTheShippedSchemas() {
        assertThat(baseline().keySet()).containsExactlyInAnyOrderElementsOf(ContractSchemas.ALL);
    }

    @Test
    void noSchemaForbidsAdditionalProperties() {
        for (String schema : ContractSchemas.ALL) {
            List<String> closed = new ArrayList<>();
            findClosedObjects(ContractSchemas.tree(schema), "#", closed);
            assertThat(closed)
                    .as(
                            "%s closes objects to new properties, which blocks additive evolution",
                            schema)
                    .isEmpty();
        }
    }

    @Test
    void sharedDefinitionsAreIdenticalInEverySchema() {
        Map<String, JsonNode> first = new HashMap<>();
        Map<String, String> firstSchema = new HashMap<>();
        for (String schema : ContractSchemas.ALL) {
            ContractSchemas.tree(schema)
                    .get("$defs")
                    .fields()
                    .forEachRemaining(
                            def -> {
                                JsonNode seen = first.putIfAbsent(def.getKey(), def.getValue());
                                firstSchema.putIfAbsent(def.getKey(), schema);
                                assertThat(def.getValue())
                                        .as(
                                                "$defs/%s differs between %s and %s",
                                                def.getKey(), firstSchema.get(def.getKey()), schema)
                                        .isEqualTo(seen == null ? def.getValue() : seen);
                            });
        }
        assertThat(first).containsKeys("EquipmentRef", "RollSegment", "timestamp", "uuid");
    }

    private static Report compare(String schema, Map<String, Field> baseline) {
        return SchemaCompatibility.compare(
                schema, baseline, SchemaFieldSet.of(ContractSchemas.tree(schema)));
    }

    private static Report compareWith(String schema, JsonNode changed) {
        return SchemaCompatibility.compare(
                schema,
                SchemaFieldSet.of(ContractSchemas.tree(schema)),
                SchemaFieldSet.of(changed));
    }

    private static List<String> breakingAfter(java.util.function.Consumer<ObjectNode> change) {
        String schema = ContractSchemas.MEASUREMENT_BATCH;
        ObjectNode changed = ContractSchemas.tree(schema).deepCopy();
        change.accept(changed);
        return compareWith(schema, changed).breaking();
    }

    private static ObjectNode sampleProperties(ObjectNode schema) {
        return (ObjectNode) schema.get("$defs").get("Sample").get("properties");
    }

    private static ArrayNode sampleRequired(ObjectNode schema) {
        return (ArrayNode) schema.get("$defs").get("Sample").get("required");
    }

    private static void removeText(ArrayNode array, String text) {
        for (int i = 0; i < array.size(); i++) {
            if (array.get(i).asText().equals(text)) {
                array.remove(i);
                return;
            }
        }
        throw new IllegalArgumentException(text + " not in " + array);
    }

    private static void findClosedObjects(JsonNode node, String pointer, List<String> closed) {
        if (node.isObject()) {
            for (String keyword : List.of("additionalProperties", "unevaluatedProperties")) {
                if (node.path(keyword).isBoolean() && !node.get(keyword).booleanValue()) {
                    closed.add(pointer + "/" + keyword);
                }
            }
            node.fields()
                    .forEachRemaining(
                            field ->
                                    findClosedObjects(
                                            field.getValue(),
                                            pointer + "/" + field.getKey(),
                                            closed));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                findClosedObjects(node.get(i), pointer + "/" + i, closed);
            }
        }
    }

    private static Map<String, SortedMap<String, Field>> baseline() {
        JsonNode file = ContractSchemas.readResource("golden/v1/" + BASELINE_FILE);
        return JSON.convertValue(
                file.get("schemas"),
                new TypeReference<TreeMap<String, SortedMap<String, Field>>>() {});
    }

    private static void writeBaseline() throws IOException {
        Map<String, Object> file = new LinkedHashMap<>();
        file.put(
                "rule",
                RULE
                        + " Generated by SchemaBaselineTest with -D"
                        + UPDATE_PROPERTY
                        + "=true; review the diff before committing.");
        Map<String, Object> schemas = new TreeMap<>();
        for (String schema : ContractSchemas.ALL) {
            schemas.put(schema, SchemaFieldSet.of(ContractSchemas.tree(schema)));
        }
        file.put("schemas", schemas);
        Path target = Path.of("src/test/resources/golden/v1", BASELINE_FILE);
        Files.writeString(target, JSON.writeValueAsString(file) + "\n");
    }
}
