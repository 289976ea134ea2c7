package io.gigafab.mes.passport;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import io.gigafab.mes.PlantFixture;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * A hand-built module: one 100 m cathode mother roll made from 50 kg of one LFP lot (10 kg CO2e/kg,
 * 20 % recycled), slit into 2 lanes; two cells of 10 m each from lane 1. Each cell holds 10 / (100
 * × 2) = 5 % of the roll, so 2.5 kg of the lot and 25 kg CO2e; with 1.5 kWh × 0.4 kg CO2e/kWh of
 * production per cell, the module's footprint is 2 × 25 + 2 × 0.6 = 51.2 kg CO2e.
 */
@QuarkusTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PassportTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static String module;
    private static String lot;

    @Test
    @Order(1)
    @TestSecurity(
            user = "demo-quality",
            roles = {"quality", "engineer"})
    void issuesAPassportWithExactRollUps() {
        PlantFixture.activateRecipes();
        buildModule();
        JsonPath passport =
                given().post("/api/passports/{id}", module)
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath();
        assertThat(passport.getDouble("carbonFootprint.batteryCarbonFootprintKgCo2e"))
                .isEqualTo(51.2);
        assertThat(passport.getDouble("carbonFootprint.rawMaterialsKgCo2e")).isEqualTo(50.0);
        assertThat(passport.getDouble("carbonFootprint.mainProductionKgCo2e")).isEqualTo(1.2);
        assertThat(passport.getDouble("carbonFootprint.carbonFootprintPerKwhKgCo2e"))
                .isEqualTo(28.47);
        assertThat(passport.getDouble("performanceAndDurability.ratedCapacityAh")).isEqualTo(281.0);
        assertThat(passport.getDouble("performanceAndDurability.nominalVoltageV")).isEqualTo(6.4);
        assertThat(passport.getDouble("performanceAndDurability.minimumVoltageV")).isEqualTo(5.0);
        assertThat(passport.getDouble("performanceAndDurability.maximumVoltageV")).isEqualTo(7.3);
        assertThat(passport.getDouble("performanceAndDurability.initialInternalResistanceMOhm"))
                .isEqualTo(0.45);
        assertThat(passport.getDouble("generalProductInformation.batteryMassKg")).isEqualTo(10.8);
        assertThat(passport.getInt("generalProductInformation.numberOfCells")).isEqualTo(2);
        assertThat(passport.getString("generalProductInformation.manufacturingCountry"))
                .isEqualTo("DE");
        assertThat(passport.getList("recycledContent", Map.class))
                .containsExactly(
                        Map.of(
                                "material",
                                "Lithium iron phosphate cathode active material",
                                "recycledSharePct",
                                20.0f,
                                "massKg",
                                5.0f));
        assertThat(passport.getList("materialComposition.countriesOfOrigin"))
                .containsExactly(List.of("AU"));
        assertThat(passport.getList("supplyChainLots.lotId")).containsExactly(lot);
        assertThat(passport.getInt("supplyChainDueDiligence.feocLots")).isZero();
        assertThat(passport.getInt("version")).isEqualTo(1);
    }

    @Test
    @Order(2)
    void anyoneSeesThePublicTierOnly() throws Exception {
        String body =
                given().get("/api/passports/{id}", module)
                        .then()
                        .statusCode(200)
                        .body("accessTier", equalTo("PUBLIC"))
                        .body("$", hasKey("carbonFootprint"))
                        .body("$", hasKey("hazardousSubstances"))
                        .body("$", not(hasKey("materialComposition")))
                        .body("$", not(hasKey("cellPerformance")))
                        .body("$", not(hasKey("supplyChainLots")))
                        .extract()
                        .asString();
        assertValid(body);
    }

    @Test
    @Order(3)
    @TestSecurity(user = "demo-auditor", roles = "auditor")
    void anAuditorWithLegitimateInterestSeesCompositionButNotSuppliers() throws Exception {
        String body =
                given().get("/api/passports/{id}", module)
                        .then()
                        .statusCode(200)
                        .body("accessTier", equalTo("LEGITIMATE_INTEREST"))
                        .body("materialComposition[0].massKg", equalTo(5.0f))
                        .body("cellPerformance.size()", equalTo(2))
                        .body("$", not(hasKey("supplyChainLots")))
                        .extract()
                        .asString();
        assertValid(body);
    }

    @Test
    @Order(4)
    @TestSecurity(user = "demo-quality", roles = "quality")
    void authoritiesSeeTheSupplyChainLots() throws Exception {
        String body =
                given().get("/api/passports/{id}", module)
                        .then()
                        .statusCode(200)
                        .body("accessTier", equalTo("AUTHORITY"))
                        .body("supplyChainLots[0].supplier", equalTo("Test Cathode Pty (TEST)"))
                        .extract()
                        .asString();
        assertValid(body);
    }

    @Test
    @Order(5)
    @TestSecurity(user = "demo-quality", roles = "quality")
    void cellsAndUnknownIdsGetNoPassport() {
        given().post("/api/passports/{id}", "NO-SUCH-PACK").then().statusCode(404);
        given().get("/api/passports/{id}", "NO-SUCH-PACK").then().statusCode(404);
    }

    private static void assertValid(String body) throws Exception {
        JsonSchema schema;
        try (var in =
                PassportTest.class.getResourceAsStream("/passport/battery-passport.schema.json")) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        }
        JsonNode node = JSON.readTree(body);
        assertThat(schema.validate(node)).isEmpty();
    }

    private static void buildModule() {
        lot = "ML-T" + PlantFixture.unique();
        given().contentType(ContentType.JSON)
                .body(
                        Map.of(
                                "id",
                                lot,
                                "materialId",
                                "LFP-CAM",
                                "supplier",
                                "Test Cathode Pty (TEST)",
                                "countryOfOrigin",
                                "AU",
                                "quantity",
                                1000,
                                "carbonFootprintKgPerKg",
                                10,
                                "recycledContentPct",
                                20,
                                "complianceStatus",
                                "COMPLIANT"))
                .post("/api/material-lots")
                .then()
                .statusCode(200);
        String mother = PlantFixture.slitCathodeRoll(lot, 100, 2, 50);
        String first = gradedCell(mother + "-L1", 0, 281.0, 0.2);
        String second = gradedCell(mother + "-L1", 10, 283.0, 0.25);
        module = "MOD-T" + PlantFixture.unique();
        given().contentType(ContentType.JSON)
                .body(Map.of("id", module, "kind", "MODULE", "inputs", List.of(first, second)))
                .post("/api/assemblies")
                .then()
                .statusCode(200);
    }

    private static String gradedCell(String roll, double startM, double capacity, double dcir) {
        String cell = PlantFixture.cell(roll, startM, startM + 10);
        for (String machine : PlantFixture.CELL_ROUTE.subList(0, 4)) {
            PlantFixture.pass(cell, machine);
        }
        PlantFixture.trackIn(cell, "GRADE-01");
        PlantFixture.trackOutPass(
                cell,
                Map.of(
                        "capacity_ah",
                        capacity,
                        "dcir_mohm",
                        dcir,
                        "k_value_mv_per_day",
                        0.3,
                        "ocv_v",
                        3.3));
        return cell;
    }
}
