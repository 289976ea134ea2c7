package io.gigafab.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gigafab.events.recipe.RecipeDownloadResult;
import io.gigafab.events.unit.UnitEvent;
import org.junit.jupiter.api.Test;

class TopicsTest {

    @Test
    void allTopicsAreVersionedGigafabTopics() {
        assertThat(Topics.ALL)
                .containsExactly(
                        "gigafab.measurements.v1",
                        "gigafab.equipment-events.v1",
                        "gigafab.unit-events.v1",
                        "gigafab.yield-insights.v1",
                        "gigafab.recipe-downloads.v1",
                        "gigafab.recipe-download-results.v1")
                .doesNotHaveDuplicates();
    }

    @Test
    void everyTopicHasAPayloadTypeWithASchema() {
        for (String topic : Topics.ALL) {
            assertThat(ContractSchemas.nameFor(Topics.payloadType(topic))).isNotBlank();
        }
        assertThat(Topics.payloadType(Topics.UNIT_EVENTS)).isEqualTo(UnitEvent.class);
        assertThat(Topics.payloadType(Topics.RECIPE_DOWNLOAD_RESULTS))
                .isEqualTo(RecipeDownloadResult.class);
        assertThatThrownBy(() -> Topics.payloadType("gigafab.measurements.v2"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void keysKeepEachMachineAndEachUnitInOrder() {
        assertThat(Examples.measurementBatch().kafkaKey()).isEqualTo("COAT-01");
        assertThat(Examples.alarm().kafkaKey()).isEqualTo("COAT-01");
        assertThat(Examples.recipeDownload().kafkaKey())
                .isEqualTo(Examples.recipeDownloadResult().kafkaKey());
        assertThat(Examples.rollConsumed().kafkaKey()).isEqualTo(Examples.CELL);
        assertThat(Examples.holdPlaced().kafkaKey()).isEqualTo(Examples.CATHODE_ROLL);
        assertThat(Examples.yieldInsight().kafkaKey()).isEqualTo("L1");
    }

    @Test
    void equipmentPathIsTheIsa95Hierarchy() {
        assertThat(Examples.COATER.path()).isEqualTo("gf1/electrode/L1/COAT-01");
        assertThatThrownBy(
                        () ->
                                new EquipmentRef(
                                        "gf1",
                                        "electrode",
                                        "L1/L2",
                                        "COAT-01",
                                        EquipmentClass.COATER))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("EquipmentRef.line");
    }
}
