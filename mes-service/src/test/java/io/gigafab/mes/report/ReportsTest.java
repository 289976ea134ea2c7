package io.gigafab.mes.report;

import static io.gigafab.mes.PlantFixture.cell;
import static io.gigafab.mes.PlantFixture.slitCathodeRoll;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;

import io.gigafab.mes.PlantFixture;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestSecurity(
        user = "demo-engineer",
        roles = {"engineer"})
class ReportsTest {

    @BeforeAll
    static void recipes() {
        PlantFixture.activateRecipes();
    }

    @Test
    void firstPassYieldCountsOnlyFirstAttempts() {
        Instant from = Instant.now().minus(1, ChronoUnit.SECONDS);
        String mother = slitCathodeRoll();
        List<String> cells =
                List.of(
                        cell(mother + "-L1", 0, 10),
                        cell(mother + "-L1", 10, 20),
                        cell(mother + "-L1", 20, 30),
                        cell(mother + "-L1", 30, 40));
        PlantFixture.pass(cells.get(0), "STACK-01");
        PlantFixture.pass(cells.get(1), "STACK-01");
        PlantFixture.trackIn(cells.get(2), "STACK-01");
        given().contentType(ContentType.JSON)
                .body(Map.of("result", "REWORK"))
                .post("/api/units/{id}/track-out", cells.get(2))
                .then()
                .statusCode(200);
        PlantFixture.pass(cells.get(2), "STACK-01");
        PlantFixture.trackIn(cells.get(3), "STACK-01");
        given().contentType(ContentType.JSON)
                .body(Map.of("result", "FAIL", "defectCodes", List.of("STACK-HIPOT")))
                .post("/api/units/{id}/track-out", cells.get(3))
                .then()
                .statusCode(200);
        Instant to = Instant.now().plus(1, ChronoUnit.SECONDS);
        var rows =
                given().get(
                                "/api/reports/first-pass-yield?from={f}&to={t}&groupBy=operation,equipment",
                                from.toString(),
                                to.toString())
                        .then()
                        .log()
                        .ifValidationFails()
                        .statusCode(200)
                        .extract()
                        .jsonPath();
        int index = rows.getList("group.operation").indexOf("STACKING");
        org.assertj.core.api.Assertions.assertThat(rows.getLong("[" + index + "].units"))
                .isGreaterThanOrEqualTo(4);
        long units = rows.getLong("[" + index + "].units");
        long passed = rows.getLong("[" + index + "].passedFirstTime");
        org.assertj.core.api.Assertions.assertThat(rows.getLong("[" + index + "].reworked"))
                .isGreaterThanOrEqualTo(1);
        org.assertj.core.api.Assertions.assertThat(rows.getLong("[" + index + "].failed"))
                .isGreaterThanOrEqualTo(1);
        org.assertj.core.api.Assertions.assertThat(rows.getDouble("[" + index + "].firstPassYield"))
                .isEqualTo((double) passed / units, org.assertj.core.api.Assertions.within(1e-9));
        org.assertj.core.api.Assertions.assertThat(passed).isLessThan(units);
    }

    @Test
    void wipShowsWhereUnitsWait() {
        String mother = slitCathodeRoll();
        String cell = cell(mother + "-L1", 50, 60);
        PlantFixture.pass(cell, "STACK-01");
        given().get("/api/reports/wip?line=L1")
                .then()
                .statusCode(200)
                .body(
                        "find { it.nextOperation == 'FILLING' && it.kind == 'CELL' && it.status =="
                                + " 'ACTIVE' }.units",
                        greaterThanOrEqualTo(1));
    }

    @Test
    void badReportParametersAreExplained() {
        given().get("/api/reports/first-pass-yield?from=yesterday&to=2026-11-22T00:00:00Z")
                .then()
                .statusCode(400)
                .body("detail", containsString("from must be an ISO-8601 instant"));
        given().get(
                        "/api/reports/first-pass-yield?from=2026-11-21T00:00:00Z&to=2026-11-22T00:00:00Z&groupBy=colour")
                .then()
                .statusCode(400)
                .body("detail", containsString("groupBy colour is not one of"));
        given().get("/api/reports/wip?line=L9").then().statusCode(404);
    }
}
