package io.gigafab.mes.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.gigafab.mes.PlantFixture;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.SecurityAttribute;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Operators act on the lines in their token only. */
@QuarkusTest
@TestSecurity(
        user = "demo-operator",
        roles = Roles.OPERATOR,
        attributes = @SecurityAttribute(key = "gigafab.lines", value = "L1"))
class LineScopeTest {

    @BeforeAll
    static void recipes() {
        PlantFixture.activateRecipes();
    }

    @Test
    void anOperatorOfLine1CannotStartARollForLine2() {
        given().contentType(ContentType.JSON)
                .body(
                        Map.of(
                                "id",
                                "RC-L2-" + PlantFixture.unique(),
                                "orderId",
                                "PO-L2-0001",
                                "polarity",
                                "CATHODE",
                                "lengthM",
                                1000,
                                "materialLots",
                                List.of(Map.of("lotId", "ML-LFP-2611-001", "quantity", 1))))
                .post("/api/rolls")
                .then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body(
                        "detail",
                        equalTo("User demo-operator may act on lines [L1] only, not on line L2"));
    }

    @Test
    void anOperatorOfLine1CannotTrackInAtALine2Machine() {
        String mother = "RC-L1-" + PlantFixture.unique();
        given().contentType(ContentType.JSON)
                .body(
                        Map.of(
                                "id",
                                mother,
                                "orderId",
                                PlantFixture.ORDER,
                                "polarity",
                                "CATHODE",
                                "lengthM",
                                1000,
                                "materialLots",
                                List.of(Map.of("lotId", "ML-LFP-2611-001", "quantity", 1))))
                .post("/api/rolls")
                .then()
                .statusCode(200);
        given().contentType(ContentType.JSON)
                .body(Map.of("equipmentId", "COAT-C02"))
                .post("/api/units/{id}/track-in", mother)
                .then()
                .statusCode(403)
                .body(
                        "detail",
                        equalTo("User demo-operator may act on lines [L1] only, not on line L2"));
        PlantFixture.pass(mother, "COAT-C01");
    }
}
