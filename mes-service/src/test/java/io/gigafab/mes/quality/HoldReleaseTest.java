package io.gigafab.mes.quality;

import static io.gigafab.mes.PlantFixture.cell;
import static io.gigafab.mes.PlantFixture.slitCathodeRoll;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.gigafab.mes.PlantFixture;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestSecurity(
        user = "demo-quality",
        roles = {"quality", "engineer"})
class HoldReleaseTest {

    @BeforeAll
    static void recipes() {
        PlantFixture.activateRecipes();
    }

    private static String hold(String scope, String target, String ncr) {
        Map<String, Object> body =
                new java.util.HashMap<>(
                        Map.of("scope", scope, "targetId", target, "reason", "Suspect"));
        if (ncr != null) {
            body.put("ncrId", ncr);
        }
        return given().contentType(ContentType.JSON)
                .body(body)
                .post("/api/holds")
                .then()
                .statusCode(200)
                .extract()
                .path("id");
    }

    @Test
    void scrapDispositionScrapsEveryHeldCell() {
        String cell = cell(slitCathodeRoll() + "-L1", 10, 20);
        String ncr =
                given().contentType(ContentType.JSON)
                        .body(Map.of("title", "Separator wrinkles at stacking"))
                        .post("/api/ncrs")
                        .then()
                        .statusCode(200)
                        .extract()
                        .path("id");
        String hold = hold("CELL", cell, ncr);
        given().get("/api/units/{id}", cell)
                .then()
                .body(
                        "activeHolds[0]",
                        equalTo(hold + " cell " + cell + ": Suspect (" + ncr + ")"));
        given().contentType(ContentType.JSON)
                .body(Map.of("disposition", "SCRAP", "note", "Wrinkles confirmed"))
                .post("/api/holds/{id}/release", hold)
                .then()
                .statusCode(200)
                .body("status", equalTo("RELEASED"))
                .body("disposition", equalTo("SCRAP"))
                .body("releasedBy", equalTo("demo-quality"));
        given().get("/api/units/{id}", cell).then().body("status", equalTo("SCRAPPED"));
        given().contentType(ContentType.JSON)
                .body(Map.of("disposition", "RELEASE"))
                .post("/api/holds/{id}/release", hold)
                .then()
                .statusCode(409)
                .body("detail", equalTo("Hold " + hold + " was already released by demo-quality"));
    }

    @Test
    void releaseLetsTheCellContinue() {
        String cell = cell(slitCathodeRoll() + "-L2", 10, 20);
        String hold = hold("CELL", cell, null);
        given().contentType(ContentType.JSON)
                .body(Map.of("equipmentId", "STACK-01"))
                .post("/api/units/{id}/track-in", cell)
                .then()
                .statusCode(409);
        given().contentType(ContentType.JSON)
                .body(Map.of("disposition", "RELEASE", "note", "Measured again: fine"))
                .post("/api/holds/{id}/release", hold)
                .then()
                .statusCode(200);
        PlantFixture.pass(cell, "STACK-01");
    }

    @Test
    void aCellHeldWhileInProcessStaysAtItsMachineUntilReleased() {
        String cell = cell(slitCathodeRoll() + "-L4", 10, 20);
        PlantFixture.trackIn(cell, "STACK-01");
        String hold = hold("CELL", cell, null);
        given().contentType(ContentType.JSON)
                .body(Map.of("result", "PASS"))
                .post("/api/units/{id}/track-out", cell)
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("detail", startsWith("Cell " + cell + " is on hold: " + hold));
        given().get("/api/units/{id}", cell)
                .then()
                .statusCode(200)
                .body("status", equalTo("IN_PROCESS"))
                .body("currentEquipment", equalTo("STACK-01"));
        given().contentType(ContentType.JSON)
                .body(Map.of("disposition", "RELEASE", "note", "Measured again: fine"))
                .post("/api/holds/{id}/release", hold)
                .then()
                .statusCode(200);
        given().contentType(ContentType.JSON)
                .body(Map.of("result", "PASS"))
                .post("/api/units/{id}/track-out", cell)
                .then()
                .statusCode(200)
                .body("operation", equalTo("STACKING"));
    }

    @Test
    void anEquipmentHoldBlocksTrackInsThere() {
        String cell = cell(slitCathodeRoll() + "-L3", 10, 20);
        String hold = hold("EQUIPMENT", "STACK-01", null);
        try {
            given().contentType(ContentType.JSON)
                    .body(Map.of("equipmentId", "STACK-01"))
                    .post("/api/units/{id}/track-in", cell)
                    .then()
                    .statusCode(409)
                    .body(
                            "detail",
                            equalTo(
                                    "Cell "
                                            + cell
                                            + " is on hold: "
                                            + hold
                                            + " equipment STACK-01: Suspect"));
        } finally {
            given().contentType(ContentType.JSON)
                    .body(Map.of("disposition", "RELEASE"))
                    .post("/api/holds/{id}/release", hold)
                    .then()
                    .statusCode(200);
        }
    }

    @Test
    void badHoldRequestsAreExplained() {
        given().contentType(ContentType.JSON)
                .body(
                        Map.of(
                                "scope",
                                "ROLL_INTERVAL",
                                "targetId",
                                "NO-ROLL",
                                "startM",
                                1,
                                "endM",
                                2,
                                "reason",
                                "x"))
                .post("/api/holds")
                .then()
                .statusCode(404)
                .body("detail", equalTo("No lot, roll, cell, module or pack with id NO-ROLL"));
        String mother = slitCathodeRoll();
        given().contentType(ContentType.JSON)
                .body(
                        Map.of(
                                "scope",
                                "ROLL_INTERVAL",
                                "targetId",
                                mother,
                                "startM",
                                900,
                                "endM",
                                800,
                                "reason",
                                "x"))
                .post("/api/holds")
                .then()
                .statusCode(400)
                .body(
                        "detail",
                        equalTo(
                                "Metres 900–800 are not an interval of roll "
                                        + mother
                                        + " (0–1000 m)"));
        given().contentType(ContentType.JSON)
                .body(Map.of("scope", "CELL", "targetId", mother, "reason", "x"))
                .post("/api/holds")
                .then()
                .statusCode(400)
                .body(
                        "detail",
                        equalTo(mother + " is a ROLL, not a CELL: choose the matching scope"));
        given().contentType(ContentType.JSON)
                .body(Map.of("scope", "CELL", "targetId", mother))
                .post("/api/holds")
                .then()
                .statusCode(400)
                .body("detail", equalTo("reason is required: say why the material is held"));
    }
}
