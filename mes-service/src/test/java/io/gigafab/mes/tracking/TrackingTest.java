package io.gigafab.mes.tracking;

import static io.gigafab.mes.PlantFixture.cell;
import static io.gigafab.mes.PlantFixture.pass;
import static io.gigafab.mes.PlantFixture.slitCathodeRoll;
import static io.gigafab.mes.PlantFixture.trackIn;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.gigafab.mes.PlantFixture;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.SecurityAttribute;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestSecurity(
        user = "demo-operator",
        roles = {"operator", "engineer"},
        attributes = @SecurityAttribute(key = "gigafab.lines", value = "L1"))
class TrackingTest {

    @BeforeAll
    static void recipes() {
        PlantFixture.activateRecipes();
    }

    @Test
    void aCellRunsItsRouteAndIsGradedWithTheActiveGradeTable() {
        String mother = slitCathodeRoll();
        String cell = cell(mother + "-L2", 100, 110);
        for (String machine : List.of("STACK-01", "FILL-01", "FORM-01", "AGE-01")) {
            pass(cell, machine);
        }
        trackIn(cell, "GRADE-01");
        given().get("/api/units/{id}", cell)
                .then()
                .statusCode(200)
                .body("status", equalTo("IN_PROCESS"))
                .body("currentEquipment", equalTo("GRADE-01"));
        given().contentType(ContentType.JSON)
                .body(
                        Map.of(
                                "result",
                                "PASS",
                                "keyValues",
                                Map.of(
                                        "capacity_ah", 284.1,
                                        "dcir_mohm", 0.22,
                                        "k_value_mv_per_day", 0.4,
                                        "ocv_v", 3.31)))
                .post("/api/units/{id}/track-out", cell)
                .then()
                .statusCode(200)
                .body("operation", equalTo("GRADING"))
                .body("grade", equalTo("A"))
                .body("unitStatus", equalTo("COMPLETED"))
                .body("nextOperation", nullValue())
                .body("recipeId", equalTo("LFP-280P-GRADING"));
        given().get("/api/units/{id}", cell)
                .then()
                .statusCode(200)
                .body("cell.grade", equalTo("A"))
                .body("status", equalTo("COMPLETED"))
                .body("currentEquipment", nullValue());
    }

    @Test
    void aCellCannotSkipFillingOnItsWayToFormation() {
        String cell = cell(slitCathodeRoll() + "-L1", 0, 10);
        pass(cell, "STACK-01");
        given().contentType(ContentType.JSON)
                .body(Map.of("equipmentId", "FORM-01"))
                .post("/api/units/{id}/track-in", cell)
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body(
                        "detail",
                        equalTo(
                                "Cell "
                                        + cell
                                        + " must go to FILLING (FILLER) next, not to FORMATION"
                                        + " at FORM-01"));
    }

    @Test
    void aCellCutFromHeldMetresCannotBeTrackedIn() {
        String mother = slitCathodeRoll();
        String inside = cell(mother + "-L3", 395, 405);
        String outside = cell(mother + "-L3", 700, 710);
        String holdId =
                given().contentType(ContentType.JSON)
                        .body(
                                Map.of(
                                        "scope",
                                        "ROLL_INTERVAL",
                                        "targetId",
                                        mother,
                                        "startM",
                                        400,
                                        "endM",
                                        600,
                                        "reason",
                                        "Coat weight low"))
                        .post("/api/holds")
                        .then()
                        .statusCode(200)
                        .body("heldUnits", equalTo(5))
                        .extract()
                        .path("id");
        String later = cell(mother + "-L4", 550, 560);
        given().get("/api/holds/{id}/units", holdId)
                .then()
                .statusCode(200)
                .body(
                        "sort()",
                        equalTo(
                                List.of(
                                                mother + "-L1",
                                                mother + "-L2",
                                                mother + "-L3",
                                                mother + "-L4",
                                                inside,
                                                later)
                                        .stream()
                                        .sorted()
                                        .toList()));
        given().contentType(ContentType.JSON)
                .body(Map.of("equipmentId", "STACK-01"))
                .post("/api/units/{id}/track-in", inside)
                .then()
                .statusCode(409)
                .body(
                        "detail",
                        equalTo(
                                "Cell "
                                        + inside
                                        + " is on hold: "
                                        + holdId
                                        + " roll "
                                        + mother
                                        + " metres 400–600: Coat weight low"));
        pass(outside, "STACK-01");
    }

    @Test
    void aRetriedTrackOutWithTheSameKeyCountsOnce() {
        String cell = cell(slitCathodeRoll() + "-L1", 20, 30);
        trackIn(cell, "STACK-01");
        String key = UUID.randomUUID().toString();
        int first = trackOut(cell, key).statusCode();
        long runId =
                trackOut(cell, key).then().statusCode(200).extract().jsonPath().getLong("runId");
        assertThat(first).isEqualTo(200);
        given().contentType(ContentType.JSON)
                .body(Map.of("equipmentId", "FILL-01"))
                .post("/api/units/{id}/track-in", cell)
                .then()
                .statusCode(200)
                .body("runId", org.hamcrest.Matchers.not(equalTo(runId)));
        trackOut(cell, key).then().statusCode(200).body("operation", equalTo("STACKING"));
    }

    @Test
    void ofTwoConcurrentTrackOutsOfOneCellExactlyOneWins() throws Exception {
        String cell = cell(slitCathodeRoll() + "-L2", 40, 50);
        trackIn(cell, "STACK-01");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Callable<Integer> attempt = () -> trackOut(cell, null).statusCode();
            List<Future<Integer>> results = pool.invokeAll(List.of(attempt, attempt));
            List<Integer> statuses = new java.util.ArrayList<>();
            for (Future<Integer> result : results) {
                statuses.add(result.get());
            }
            assertThat(statuses).containsExactlyInAnyOrder(200, 409);
        } finally {
            pool.shutdownNow();
        }
        given().get("/api/units/{id}", cell).then().body("nextOperation", equalTo("FILLING"));
    }

    @Test
    void aFailNeedsADefectCodeFromTheCatalogueAndScrapsTheCell() {
        String cell = cell(slitCathodeRoll() + "-L1", 60, 70);
        trackIn(cell, "STACK-01");
        given().contentType(ContentType.JSON)
                .body(Map.of("result", "FAIL", "defectCodes", List.of("NO-SUCH-CODE")))
                .post("/api/units/{id}/track-out", cell)
                .then()
                .statusCode(400)
                .body("detail", containsString("Unknown defect codes [NO-SUCH-CODE]"));
        given().contentType(ContentType.JSON)
                .body(Map.of("result", "FAIL", "defectCodes", List.of("STACK-OVERHANG")))
                .post("/api/units/{id}/track-out", cell)
                .then()
                .statusCode(200)
                .body("unitStatus", equalTo("SCRAPPED"));
        given().contentType(ContentType.JSON)
                .body(Map.of("equipmentId", "STACK-01"))
                .post("/api/units/{id}/track-in", cell)
                .then()
                .statusCode(409)
                .body("detail", equalTo("Cell " + cell + " is scrapped and cannot be processed"));
    }

    @Test
    void unknownUnitsAndMachinesAreNamedInTheProblem() {
        given().contentType(ContentType.JSON)
                .body(Map.of("equipmentId", "STACK-01"))
                .post("/api/units/{id}/track-in", "C-NOPE")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("detail", equalTo("No lot, roll, cell, module or pack with id C-NOPE"));
        String cell = cell(slitCathodeRoll() + "-L1", 80, 90);
        given().contentType(ContentType.JSON)
                .body(Map.of("equipmentId", "STACK-99"))
                .post("/api/units/{id}/track-in", cell)
                .then()
                .statusCode(404)
                .body("detail", equalTo("No equipment with id STACK-99 in the plant model"));
        given().contentType(ContentType.JSON)
                .body(Map.of("equipmentId", "STACK-01"))
                .post("/api/units/{id}/track-out", cell)
                .then()
                .statusCode(400)
                .body("detail", equalTo("result is required: PASS, FAIL or REWORK"));
    }

    @Test
    void aDuplicateSerialIsRefusedAndNothingIsWritten() {
        String mother = slitCathodeRoll();
        String cell = cell(mother + "-L1", 300, 310);
        given().contentType(ContentType.JSON)
                .body(
                        Map.of(
                                "id",
                                cell,
                                "orderId",
                                PlantFixture.ORDER,
                                "sheets",
                                List.of(
                                        Map.of(
                                                "rollId", mother + "-L2",
                                                "startM", 900,
                                                "endM", 910))))
                .post("/api/cells")
                .then()
                .statusCode(409)
                .body("detail", equalTo(cell + " already exists: ids and serials are unique"));
        given().get("/api/genealogy/rolls/{id}/cells?fromM=900&toM=910", mother + "-L2")
                .then()
                .statusCode(200)
                .body("count", equalTo(0));
    }

    private static io.restassured.response.Response trackOut(String cell, String key) {
        var request = given().contentType(ContentType.JSON).body(Map.of("result", "PASS"));
        if (key != null) {
            request = request.header("Idempotency-Key", key);
        }
        return request.post("/api/units/{id}/track-out", cell);
    }
}
