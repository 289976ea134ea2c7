package io.gigafab.mes.genealogy;

import static io.gigafab.mes.PlantFixture.cell;
import static io.gigafab.mes.PlantFixture.slitCathodeRoll;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import io.gigafab.mes.PlantFixture;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestSecurity(
        user = "demo-engineer",
        roles = {"engineer"})
class GenealogyTest {

    @BeforeAll
    static void recipes() {
        PlantFixture.activateRecipes();
    }

    @Test
    void containmentFindsExactlyTheCellsWithMetresOfTheInterval() {
        String mother = slitCathodeRoll();
        String before = cell(mother + "-L1", 100, 110);
        String touching = cell(mother + "-L2", 195, 205);
        String inside = cell(mother + "-L3", 250, 260);
        String after = cell(mother + "-L4", 300, 310);
        given().get("/api/genealogy/rolls/{id}/cells?fromM=200&toM=300", mother)
                .then()
                .statusCode(200)
                .body("count", equalTo(2))
                .body("cells.cellId", containsInAnyOrder(touching, inside))
                .body("cells.cellId", not(hasItem(before)))
                .body("cells.cellId", not(hasItem(after)));
        given().get("/api/genealogy/rolls/{id}/cells?fromM=200&toM=300", mother + "-L3")
                .then()
                .statusCode(200)
                .body("cells.cellId", containsInAnyOrder(inside));
    }

    @Test
    void backwardGenealogyOfAPackReachesRollMetresAndMaterialLots() {
        String mother = slitCathodeRoll();
        String cell = cell(mother + "-L2", 500, 510);
        for (String machine : PlantFixture.CELL_ROUTE.subList(0, 4)) {
            PlantFixture.pass(cell, machine);
        }
        PlantFixture.trackIn(cell, "GRADE-01");
        PlantFixture.trackOutPass(
                cell,
                java.util.Map.of(
                        "capacity_ah",
                        283.0,
                        "dcir_mohm",
                        0.25,
                        "k_value_mv_per_day",
                        0.5,
                        "ocv_v",
                        3.3));
        String module = "M-" + PlantFixture.unique();
        given().contentType("application/json")
                .body(
                        java.util.Map.of(
                                "id", module, "kind", "MODULE", "inputs", java.util.List.of(cell)))
                .post("/api/assemblies")
                .then()
                .statusCode(200)
                .body("status", equalTo("COMPLETED"));
        String pack = "P-" + PlantFixture.unique();
        given().contentType("application/json")
                .body(
                        java.util.Map.of(
                                "id", pack, "kind", "PACK", "inputs", java.util.List.of(module)))
                .post("/api/assemblies")
                .then()
                .statusCode(200);
        given().get("/api/genealogy/{id}/backward", pack)
                .then()
                .statusCode(200)
                .body(
                        "units.id",
                        hasItems(pack, module, cell, mother + "-L2", mother, "ML-LFP-2611-001"))
                .body("units.id", not(hasItem(mother + "-L1")))
                .body(
                        "materialLots.find { it.lotId == 'ML-LFP-2611-001' }.countryOfOrigin",
                        equalTo("MA"))
                .body(
                        "intervals.find { it.unitId == '"
                                + cell
                                + "' && it.rollId == '"
                                + mother
                                + "' }.startM",
                        equalTo(500.0f))
                .body(
                        "operations.findAll { it.unitId == '" + cell + "' }.operation",
                        equalTo(
                                java.util.List.of(
                                        "STACKING", "FILLING", "FORMATION", "AGING", "GRADING")))
                .body(
                        "operations.find { it.unitId == '"
                                + mother
                                + "' && it.operation == 'COATING' }.recipeId",
                        equalTo("LFP-280P-COATING-CATHODE"));
        given().get("/api/genealogy/{id}/forward", mother + "-L2")
                .then()
                .statusCode(200)
                .body("units.id", hasItems(cell, module, pack));
    }

    @Test
    void unknownUnitsAndBackwardIntervalsAreProblems() {
        given().get("/api/genealogy/{id}/backward", "NO-SUCH-CELL")
                .then()
                .statusCode(404)
                .body("detail", equalTo("No lot, roll, cell, module or pack with id NO-SUCH-CELL"));
        given().get("/api/genealogy/rolls/{id}/cells?fromM=300&toM=200", "NO-ROLL")
                .then()
                .statusCode(400);
    }
}
