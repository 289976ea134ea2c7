package io.gigafab.mes.oem;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gigafab.mes.PlantFixture;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Recall scoping, supplier scorecards and OEM audit packages on a small hand-built history: one
 * supplier's lot in one cathode roll, another supplier's lot in another; cells and a module.
 */
@QuarkusTest
@TestSecurity(
        user = "demo-quality",
        roles = {"quality", "engineer"})
class TraceabilityExportsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void recallFromALotReachesExactlyItsCellsAndModules() {
        PlantFixture.activateRecipes();
        String lot = lot("Recall Supplier A (TEST)", "COMPLIANT");
        String other = lot("Recall Supplier B (TEST)", "COMPLIANT");
        String roll = roll(lot);
        String otherRoll = roll(other);
        String c1 = PlantFixture.cell(roll + "-L1", 0, 10);
        String c2 = PlantFixture.cell(roll + "-L2", 500, 510);
        String c3 = PlantFixture.cell(otherRoll + "-L1", 0, 10);
        given().get("/api/recall?materialLot={lot}", lot)
                .then()
                .statusCode(200)
                .body("counts.CELL", equalTo(2))
                .body("cells", containsInAnyOrder(c1, c2));
        given().get("/api/recall?rollId={r}&fromM=400&toM=600", roll)
                .then()
                .statusCode(200)
                .body("cells", containsInAnyOrder(c2));
        given().get(
                        "/api/recall?equipmentId=COAT-C01&from=2020-01-01T00:00:00Z&to=2100-01-01T00:00:00Z")
                .then()
                .statusCode(200)
                .body("cells.size()", org.hamcrest.Matchers.greaterThanOrEqualTo(3));
        given().get("/api/recall?materialLot={lot}&rollId={r}", lot, roll)
                .then()
                .statusCode(400)
                .body("detail", containsString("Give exactly one of"));
        assertThat(c3).isNotIn(c1, c2);
    }

    @Test
    void supplierScorecardComparesDefectRates() {
        PlantFixture.activateRecipes();
        String material = "GRAPHITE";
        String good = lot("Scorecard Good Graphite (TEST)", "COMPLIANT", material);
        String bad = lot("Scorecard Bad Graphite (TEST)", "UNDER_REVIEW", material);
        String goodRoll = roll(good);
        String badRoll = roll(bad);
        for (int i = 0; i < 3; i++) {
            PlantFixture.cell(goodRoll + "-L1", i * 10, i * 10 + 10);
        }
        for (int i = 0; i < 2; i++) {
            String cell = PlantFixture.cell(badRoll + "-L1", i * 10, i * 10 + 10);
            PlantFixture.trackIn(cell, "STACK-01");
            given().contentType(ContentType.JSON)
                    .body(Map.of("result", "FAIL", "defectCodes", List.of("STACK-OVERHANG")))
                    .post("/api/units/{id}/track-out", cell)
                    .then()
                    .statusCode(200);
        }
        JsonPath rows =
                given().get("/api/scorecards/suppliers?materialId={m}", material)
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath();
        int badIndex = rows.getList("group").indexOf("Scorecard Bad Graphite (TEST)");
        int goodIndex = rows.getList("group").indexOf("Scorecard Good Graphite (TEST)");
        assertThat(rows.getLong("[" + badIndex + "].cells")).isEqualTo(2);
        assertThat(rows.getDouble("[" + badIndex + "].defectRate")).isEqualTo(1.0);
        assertThat(rows.getLong("[" + goodIndex + "].cells")).isEqualTo(3);
        assertThat(rows.getDouble("[" + goodIndex + "].defectRate")).isEqualTo(0.0);
        assertThat(rows.getDouble("[" + badIndex + "].zScore")).isPositive();
        assertThat(rows.getDouble("[" + badIndex + "].pValue")).isLessThan(0.05);
    }

    @Test
    void anAuditPackageIsSealedAndAlteringItIsDetected() throws Exception {
        PlantFixture.activateRecipes();
        String roll = roll(lot("Package Supplier (TEST)", "FEOC"));
        String cell = PlantFixture.cell(roll + "-L3", 100, 110);
        given().contentType(ContentType.JSON)
                .body(Map.of("scope", "CELL", "targetId", cell, "reason", "Audit sample"))
                .post("/api/holds")
                .then()
                .statusCode(200);
        String body =
                given().contentType(ContentType.JSON)
                        .accept(ContentType.JSON)
                        .body(Map.of("unitIds", List.of(cell)))
                        .post("/api/audit-packages")
                        .then()
                        .statusCode(200)
                        .body("genealogy[0].materialLots[0].complianceStatus", equalTo("FEOC"))
                        .body("holds[0].reason", equalTo("Audit sample"))
                        .extract()
                        .asString();
        given().contentType(ContentType.JSON)
                .body(body)
                .post("/api/audit-packages/verify")
                .then()
                .statusCode(200)
                .body("valid", equalTo(true));
        ObjectNode altered = (ObjectNode) JSON.readTree(body);
        ((ObjectNode) altered.get("holds").get(0)).put("reason", "Nothing to see");
        given().contentType(ContentType.JSON)
                .body(altered.toString())
                .post("/api/audit-packages/verify")
                .then()
                .statusCode(200)
                .body("valid", equalTo(false))
                .body(
                        "detail",
                        equalTo("The content does not match its hash: the package was altered"));
        given().contentType(ContentType.JSON)
                .accept(ContentType.HTML)
                .body(Map.of("unitIds", List.of(cell)))
                .post("/api/audit-packages")
                .then()
                .statusCode(200)
                .body(containsString("Package Supplier (TEST)"));
    }

    private static String lot(String supplier, String compliance) {
        return lot(supplier, compliance, "LFP-CAM");
    }

    private static String lot(String supplier, String compliance, String material) {
        String id = "ML-X" + PlantFixture.unique();
        given().contentType(ContentType.JSON)
                .body(
                        Map.of(
                                "id",
                                id,
                                "materialId",
                                material,
                                "supplier",
                                supplier,
                                "countryOfOrigin",
                                "CA",
                                "quantity",
                                500,
                                "carbonFootprintKgPerKg",
                                5,
                                "recycledContentPct",
                                0,
                                "complianceStatus",
                                compliance))
                .post("/api/material-lots")
                .then()
                .statusCode(200);
        return id;
    }

    /** A slit roll made from one lot: daughters roll-L1..L4 over the full 1000 m. */
    private static String roll(String lot) {
        return PlantFixture.slitCathodeRoll(lot, 1000, 4, 40);
    }
}
