package io.gigafab.mes.audit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AuditResourceTest {

    @Test
    void anonymousCallersAreRejected() {
        given().when().get("/api/audit/verify").then().statusCode(401);
    }

    @Test
    @TestSecurity(
            user = "demo-operator",
            roles = {"operator"})
    void operatorsMayNotReadTheAuditTrail() {
        given().queryParam("entityType", "unit")
                .queryParam("entityId", "CELL-1")
                .when()
                .get("/api/audit")
                .then()
                .statusCode(403);
    }

    @Test
    @TestSecurity(
            user = "demo-engineer",
            roles = {"engineer"})
    void engineersReadHistoryButDoNotVerify() {
        given().queryParam("entityType", "unit")
                .queryParam("entityId", "NO-SUCH-CELL")
                .when()
                .get("/api/audit")
                .then()
                .statusCode(200)
                .body("size()", equalTo(0));
        given().when().get("/api/audit/verify").then().statusCode(403);
    }

    @Test
    @TestSecurity(
            user = "demo-auditor",
            roles = {"auditor"})
    void missingOrBadParametersAreProblemDocuments() {
        given().queryParam("entityId", "CELL-1")
                .when()
                .get("/api/audit")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("detail", equalTo("query parameter entityType is required"));
        given().queryParam("entityType", "unit")
                .queryParam("entityId", "CELL-1")
                .queryParam("limit", "ten")
                .when()
                .get("/api/audit")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("detail", containsString("was 'ten'"));
        given().queryParam("entityType", "unit")
                .queryParam("entityId", "CELL-1")
                .queryParam("limit", 5000)
                .when()
                .get("/api/audit")
                .then()
                .statusCode(400)
                .body("detail", equalTo("limit must be between 1 and 1000, was 5000"));
    }
}
