package io.gigafab.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.gigafab.events.equipment.EquipmentEvent;
import io.gigafab.events.insight.YieldInsight;
import io.gigafab.events.measurement.MeasurementBatch;
import io.gigafab.events.recipe.RecipeDownload;
import io.gigafab.events.recipe.RecipeDownloadResult;
import io.gigafab.events.unit.UnitEvent;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** The v1 JSON Schemas of the contracts, loaded from the class path, with format assertions. */
final class ContractSchemas {

    static final String MEASUREMENT_BATCH = "measurement-batch.schema.json";
    static final String UNIT_EVENT = "unit-event.schema.json";
    static final String YIELD_INSIGHT = "yield-insight.schema.json";
    static final String RECIPE_DOWNLOAD = "recipe-download.schema.json";
    static final String RECIPE_DOWNLOAD_RESULT = "recipe-download-result.schema.json";
    static final String EQUIPMENT_EVENT = "equipment-event.schema.json";

    static final List<String> ALL =
            List.of(
                    MEASUREMENT_BATCH,
                    UNIT_EVENT,
                    YIELD_INSIGHT,
                    RECIPE_DOWNLOAD,
                    RECIPE_DOWNLOAD_RESULT,
                    EQUIPMENT_EVENT);

    private static final Map<Class<?>, String> BY_TYPE =
            Map.of(
                    MeasurementBatch.class, MEASUREMENT_BATCH,
                    UnitEvent.class, UNIT_EVENT,
                    YieldInsight.class, YIELD_INSIGHT,
                    RecipeDownload.class, RECIPE_DOWNLOAD,
                    RecipeDownloadResult.class, RECIPE_DOWNLOAD_RESULT,
                    EquipmentEvent.class, EQUIPMENT_EVENT);

    private static final JsonSchemaFactory FACTORY =
            JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static final SchemaValidatorsConfig CONFIG =
            SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
    private static final Map<String, JsonSchema> LOADED = new ConcurrentHashMap<>();
    private static final ObjectMapper PLAIN = new ObjectMapper();

    private ContractSchemas() {}

    /** The schema of a message type (a top-level record or a sealed event family). */
    static String nameFor(Class<?> type) {
        for (Map.Entry<Class<?>, String> entry : BY_TYPE.entrySet()) {
            if (entry.getKey().isAssignableFrom(type)) {
                return entry.getValue();
            }
        }
        throw new IllegalArgumentException("no schema for " + type);
    }

    /** The validation errors of a JSON document against a schema (empty when valid). */
    static Set<ValidationMessage> validate(String schemaName, JsonNode json) {
        return LOADED.computeIfAbsent(
                        schemaName,
                        name ->
                                FACTORY.getSchema(
                                        SchemaLocation.of("classpath:" + resource(name)), CONFIG))
                .validate(json);
    }

    /** The schema document itself, as a JSON tree. */
    static JsonNode tree(String schemaName) {
        return readResource(resource(schemaName));
    }

    static JsonNode readResource(String resource) {
        try (InputStream in =
                ContractSchemas.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no resource " + resource);
            }
            return PLAIN.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String resource(String schemaName) {
        return "schemas/v1/" + schemaName;
    }
}
