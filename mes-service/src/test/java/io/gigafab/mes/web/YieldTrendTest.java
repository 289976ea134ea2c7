package io.gigafab.mes.web;

import static io.gigafab.mes.PlantFixture.cell;
import static io.gigafab.mes.PlantFixture.pass;
import static io.gigafab.mes.PlantFixture.slitCathodeRoll;
import static io.gigafab.mes.PlantFixture.trackIn;
import static io.gigafab.mes.PlantFixture.trackOutPass;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;

import io.gigafab.mes.PlantFixture;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.SecurityAttribute;
import io.quarkus.test.security.TestSecurity;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The workbench's yield trend shows cells downgraded at grading, which the FPY does not. */
@QuarkusTest
@TestSecurity(
        user = "demo-engineer",
        roles = {"operator", "engineer"},
        attributes = @SecurityAttribute(key = "gigafab.lines", value = "L1"))
class YieldTrendTest {

    /** Grading results within grade A's limits, but for the capacity. */
    private static Map<String, Double> graded(double capacityAh) {
        return Map.of(
                "capacity_ah",
                capacityAh,
                "dcir_mohm",
                0.22,
                "k_value_mv_per_day",
                0.4,
                "ocv_v",
                3.31);
    }

    @BeforeAll
    static void recipes() {
        PlantFixture.activateRecipes();
    }

    @Test
    void aDowngradedCellLowersTheGradeAYieldNotTheFirstPassYield() {
        Instant from = Instant.now().minusSeconds(1);
        String mother = slitCathodeRoll();
        List<String> cells =
                List.of(
                        cell(mother + "-L1", 10, 20),
                        cell(mother + "-L2", 10, 20),
                        cell(mother + "-L3", 10, 20));
        for (String cell : cells) {
            for (String machine : List.of("STACK-01", "FILL-01", "FORM-01", "AGE-01")) {
                pass(cell, machine);
            }
            trackIn(cell, "GRADE-01");
        }
        trackOutPass(cells.get(0), graded(284.1)); // grade A
        trackOutPass(cells.get(1), graded(284.1));
        trackOutPass(cells.get(2), graded(275.0)); // grade C: capacity below 280 Ah

        List<Map<String, Object>> points =
                given().get(
                                "/api/workbench/fpy-trend?from={f}&to={t}&bucket=ten_minutes"
                                        + "&equipment=GRADE-01",
                                from.toString(),
                                Instant.now().plus(Duration.ofMinutes(1)).toString())
                        .then()
                        .statusCode(200)
                        .extract()
                        .path("");
        assertThat(sum(points, "units")).isEqualTo(3);
        assertThat(sum(points, "graded")).isEqualTo(3);
        assertThat(sum(points, "gradeA")).isEqualTo(2);
        assertThat(points)
                .allSatisfy(
                        p ->
                                assertThat(((Number) p.get("firstPassYield")).doubleValue())
                                        .isEqualTo(1.0));
        Map<String, Object> last = points.get(points.size() - 1);
        assertThat(Instant.parse((String) last.get("bucketStart")).getEpochSecond() % 600)
                .as("ten-minute buckets")
                .isZero();
    }

    @Test
    void anUnknownBucketIsExplained() {
        given().get(
                        "/api/workbench/fpy-trend?from=2026-01-01T00:00:00Z&to=2026-01-02T00:00:00Z"
                                + "&bucket=minute")
                .then()
                .statusCode(400)
                .body("detail", startsWith("bucket must be one of ten_minutes, hour"));
    }

    private static long sum(List<Map<String, Object>> points, String field) {
        return points.stream().mapToLong(p -> ((Number) p.get(field)).longValue()).sum();
    }
}
