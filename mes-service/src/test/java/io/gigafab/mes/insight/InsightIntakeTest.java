package io.gigafab.mes.insight;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import io.gigafab.events.RollSegment;
import io.gigafab.events.insight.ChangeDirection;
import io.gigafab.events.insight.Evidence;
import io.gigafab.events.insight.InsightKind;
import io.gigafab.events.insight.InsightScope;
import io.gigafab.events.insight.InsightSeverity;
import io.gigafab.events.insight.SuggestedAction;
import io.gigafab.events.insight.YieldInsight;
import io.gigafab.mes.kafka.TestDatabase;
import io.gigafab.mes.kafka.TestTopics;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestSecurity(user = "eng-x", roles = "engineer")
class InsightIntakeTest {

    private static YieldInsight insight(
            InsightScope scope, double confidence, int sampleSize, SuggestedAction action) {
        return new YieldInsight(
                UUID.randomUUID(),
                Instant.now(),
                InsightKind.CONTAINMENT_SUGGESTION,
                scope,
                InsightSeverity.CRITICAL,
                "Capacity dip tied to low coat weight",
                List.of(new Evidence("mean capacity", 276.1, "Ah", sampleSize)),
                "Welch t-test",
                confidence,
                action);
    }

    /** A cathode roll of 2000 m and a cell made from its metres 1200-1210. */
    private static String rollWithCell() {
        String roll = "R-IT-" + UUID.randomUUID().toString().substring(0, 8);
        String cell = "C-IT-" + UUID.randomUUID().toString().substring(0, 8);
        TestDatabase.execute(
                "insert into unit (id, kind, line_id) values (?, 'ROLL', 'L2'), (?, 'CELL', 'L2')",
                roll,
                cell);
        TestDatabase.execute(
                "insert into roll (unit_id, polarity, length_m) values (?, 'CATHODE', 2000)", roll);
        TestDatabase.execute("insert into cell (unit_id) values (?)", cell);
        TestDatabase.execute(
                "insert into unit_roll_interval (unit_id, roll_id, start_m, end_m) values (?, ?,"
                        + " 1200, 1210)",
                cell,
                roll);
        return roll + "," + cell;
    }

    private static Map<String, Object> storedInsight(UUID id) {
        List<Map<String, Object>> rows =
                TestDatabase.rows("select * from yield_insight where id = ?", id);
        return rows.isEmpty() ? Map.of() : rows.get(0);
    }

    @Test
    void aHoldSuggestionWithStrongEvidencePlacesTheHoldOnceEvenWhenDeliveredTwice() {
        String[] ids = rollWithCell().split(",");
        YieldInsight strong =
                insight(
                        InsightScope.ofLine("L2"),
                        0.97,
                        480,
                        SuggestedAction.hold(
                                "hold metres 1200-1350",
                                new RollSegment(ids[0], 1200, 1350),
                                List.of(ids[1])));
        TestTopics.publish(strong);
        TestTopics.publish(strong);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> "ACTED".equals(storedInsight(strong.insightId()).get("status")));

        Map<String, Object> stored = storedInsight(strong.insightId());
        List<Map<String, Object>> holds =
                TestDatabase.rows(
                        "select id, scope, target_id, source from hold where insight_id = ? order"
                                + " by id",
                        strong.insightId());
        assertThat(holds).extracting(h -> h.get("scope")).containsExactly("ROLL_INTERVAL", "CELL");
        assertThat(holds).allSatisfy(h -> assertThat(h.get("source")).isEqualTo("INSIGHT"));
        assertThat(stored.get("hold_id")).isEqualTo(holds.get(0).get("id"));
        assertThat(
                        TestDatabase.count(
                                "select count(*) from hold_unit where hold_id = ? and unit_id = ?",
                                holds.get(0).get("id"),
                                ids[1]))
                .isEqualTo(1);

        YieldInsight marker = insight(InsightScope.ofLine("L2"), 0.1, 1, null);
        TestTopics.publish(marker);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> !storedInsight(marker.insightId()).isEmpty());
        assertThat(
                        TestDatabase.count(
                                "select count(*) from yield_insight where id = ?",
                                strong.insightId()))
                .isEqualTo(1);
        assertThat(
                        TestDatabase.count(
                                "select count(*) from hold where insight_id = ?",
                                strong.insightId()))
                .isEqualTo(2);
        given().get("/api/insights?line=L2&limit=100")
                .then()
                .statusCode(200)
                .body("find { it.id == '" + strong.insightId() + "' }.status", equalTo("ACTED"));
    }

    @Test
    void aHoldSuggestionWithWeakEvidenceStaysOpenAndHoldsNothing() {
        String[] ids = rollWithCell().split(",");
        YieldInsight weak =
                insight(
                        InsightScope.ofLine("L2"),
                        0.55,
                        480,
                        SuggestedAction.hold(
                                "maybe hold", new RollSegment(ids[0], 0, 100), List.of()));
        TestTopics.publish(weak);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> storedInsight(weak.insightId()).get("action_note") != null);
        assertThat(storedInsight(weak.insightId()).get("status")).isEqualTo("OPEN");
        assertThat(
                        TestDatabase.count(
                                "select count(*) from hold where insight_id = ?", weak.insightId()))
                .isZero();
        given().get("/api/insights/{id}", weak.insightId())
                .then()
                .statusCode(200)
                .body("status", equalTo("OPEN"))
                .body("actionNote", startsWith("evidence too weak"));
    }

    @Test
    void aRecipeSuggestionBecomesADraftVersionWithTheMovedTarget() {
        String recipe = "LFP-280P-COATING-ANODE";
        InsightScope scope = new InsightScope("L2", "COAT-A02", recipe, 1, null, null, null);
        YieldInsight suggestion =
                insight(
                        scope,
                        0.93,
                        900,
                        SuggestedAction.recipeChange(
                                "raise the dryer zone 3 temperature",
                                "dryer_zone_3_temp",
                                ChangeDirection.INCREASE,
                                null));
        TestTopics.publish(suggestion);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> "ACTED".equals(storedInsight(suggestion.insightId()).get("status")));
        Map<String, Object> stored = storedInsight(suggestion.insightId());
        int version = ((Number) stored.get("draft_recipe_version")).intValue();
        assertThat(stored.get("draft_recipe_id")).isEqualTo(recipe);
        assertThat(
                        TestDatabase.rows(
                                "select status, origin, created_by from recipe_version where"
                                        + " recipe_id = ? and version = ?",
                                recipe,
                                version))
                .containsExactly(
                        Map.of(
                                "status", "DRAFT",
                                "origin", "INSIGHT",
                                "created_by", "system:yield-insights"));
        float base =
                given().get("/api/recipes/{id}/versions/1", recipe)
                        .then()
                        .extract()
                        .path("parameters.find { it.name == 'dryer_zone_3_temp' }.target");
        float upper =
                given().get("/api/recipes/{id}/versions/1", recipe)
                        .then()
                        .extract()
                        .path(
                                "parameters.find { it.name == 'dryer_zone_3_temp'"
                                        + " }.specLimits.upper");
        float moved =
                given().get("/api/recipes/{id}/versions/{v}", recipe, version)
                        .then()
                        .statusCode(200)
                        .body("header.status", equalTo("DRAFT"))
                        .extract()
                        .path("parameters.find { it.name == 'dryer_zone_3_temp' }.target");
        assertThat((double) moved)
                .isCloseTo(base + 0.25 * (upper - base), org.assertj.core.data.Offset.offset(1e-3));
        given().get("/api/recipes/{id}", recipe).then().body("version", hasItem(version));
        given().get("/api/insights?line=L2&kind=RECIPE_SUGGESTION&kind=CONTAINMENT_SUGGESTION")
                .then()
                .statusCode(200)
                .body("id", hasItem(suggestion.insightId().toString()))
                .body(
                        "kind.findAll { it != 'RECIPE_SUGGESTION' && it != 'CONTAINMENT_SUGGESTION'"
                                + " }",
                        org.hamcrest.Matchers.empty());
        given().get("/api/insights?line=L2&kind=SPC_RULE_VIOLATION")
                .then()
                .statusCode(200)
                .body("id", org.hamcrest.Matchers.not(hasItem(suggestion.insightId().toString())));
    }

    @Test
    void aBadLimitIsABadRequest() {
        given().get("/api/insights?limit=0").then().statusCode(400);
        given().get("/api/insights/not-a-uuid").then().statusCode(400);
        given().get("/api/insights?kind=HOLD")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("detail", startsWith("kind must be one of [YIELD_DIP,"));
    }
}
