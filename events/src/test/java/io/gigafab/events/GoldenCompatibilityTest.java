package io.gigafab.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.gigafab.events.equipment.EquipmentEvent;
import io.gigafab.events.insight.YieldInsight;
import io.gigafab.events.measurement.MeasurementBatch;
import io.gigafab.events.recipe.RecipeDownload;
import io.gigafab.events.recipe.RecipeDownloadResult;
import io.gigafab.events.unit.UnitEvent;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Compatibility guard inside v1: hand-written golden messages under {@code golden/v1/} stand for
 * what producers already send. They must keep reading, without losing a field, and keep validating.
 * Golden files are never edited to make a change pass: v1 allows additive changes only; breaking
 * changes go to a v2 topic.
 */
class GoldenCompatibilityTest {

    static final String RULE =
            "v1 allows additive changes only (new optional fields, new event types); add a v2 topic"
                    + " and schema for breaking changes, and never edit a golden file to make this"
                    + " pass.";

    /** Golden file name to the type a consumer reads it as. */
    static final Map<String, Class<?>> GOLDEN =
            new TreeMap<>(
                    Map.ofEntries(
                            Map.entry("measurement-batch-coater.json", MeasurementBatch.class),
                            Map.entry("measurement-batch-formation.json", MeasurementBatch.class),
                            Map.entry("unit-event-tracked-in.json", UnitEvent.class),
                            Map.entry("unit-event-tracked-out.json", UnitEvent.class),
                            Map.entry("unit-event-material-consumed-roll.json", UnitEvent.class),
                            Map.entry("unit-event-material-consumed-lot.json", UnitEvent.class),
                            Map.entry("unit-event-graded.json", UnitEvent.class),
                            Map.entry("unit-event-hold-placed.json", UnitEvent.class),
                            Map.entry("unit-event-hold-released.json", UnitEvent.class),
                            Map.entry("unit-event-scrapped.json", UnitEvent.class),
                            Map.entry("yield-insight-containment.json", YieldInsight.class),
                            Map.entry("yield-insight-recipe-suggestion.json", YieldInsight.class),
                            Map.entry("recipe-download.json", RecipeDownload.class),
                            Map.entry("recipe-download-result.json", RecipeDownloadResult.class),
                            Map.entry("equipment-event-state-change.json", EquipmentEvent.class),
                            Map.entry("equipment-event-alarm.json", EquipmentEvent.class),
                            Map.entry("equipment-event-job-result.json", EquipmentEvent.class)));

    static Stream<String> goldenFiles() {
        return GOLDEN.keySet().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("goldenFiles")
    void goldenMessageReadsAndWritesWithoutLosingAField(String file) {
        JsonNode golden = golden(file);
        Object message = EventJson.fromJson(golden.toString(), GOLDEN.get(file));
        assertThat(message).as("%s reads as null: its type is unknown. %s", file, RULE).isNotNull();

        JsonNode rewritten = EventJson.fromJson(EventJson.toJson(message), JsonNode.class);

        assertThat(JsonTrees.lostOrChanged(golden, rewritten))
                .as("fields of golden %s lost or changed on read + write. %s", file, RULE)
                .isEmpty();
        assertThat(EventJson.fromJson(rewritten.toString(), GOLDEN.get(file))).isEqualTo(message);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("goldenFiles")
    void goldenMessageValidatesAgainstCurrentSchema(String file) {
        assertThat(
                        ContractSchemas.validate(
                                ContractSchemas.nameFor(GOLDEN.get(file)), golden(file)))
                .as("golden %s no longer matches its schema. %s", file, RULE)
                .isEmpty();
    }

    @Test
    void everyGoldenFileIsChecked() throws IOException, URISyntaxException {
        Path dir = Path.of(getClass().getClassLoader().getResource("golden/v1").toURI());
        try (Stream<Path> files = Files.list(dir)) {
            Set<String> onDisk =
                    files.map(path -> path.getFileName().toString())
                            .filter(name -> !name.equals(SchemaBaselineTest.BASELINE_FILE))
                            .collect(Collectors.toSet());
            assertThat(GOLDEN.keySet()).containsExactlyInAnyOrderElementsOf(onDisk);
        }
    }

    @Test
    void everyMessageTypeAndEventSubtypeHasAGoldenExample() {
        Set<Class<?>> covered =
                GOLDEN.entrySet().stream()
                        .map(
                                entry ->
                                        EventJson.fromJson(
                                                golden(entry.getKey()).toString(),
                                                entry.getValue()))
                        .map(Object::getClass)
                        .collect(Collectors.toSet());
        Set<Class<?>> expected =
                Stream.of(
                                Stream.of(
                                        MeasurementBatch.class,
                                        YieldInsight.class,
                                        RecipeDownload.class,
                                        RecipeDownloadResult.class),
                                Arrays.stream(UnitEvent.class.getPermittedSubclasses()),
                                Arrays.stream(EquipmentEvent.class.getPermittedSubclasses()))
                        .flatMap(s -> s)
                        .collect(Collectors.toSet());

        assertThat(covered).containsExactlyInAnyOrderElementsOf(expected);
    }

    static JsonNode golden(String file) {
        return ContractSchemas.readResource("golden/v1/" + file);
    }
}
