package io.gigafab.mes;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** What plant IT and a browser see first: the UI, health probes and the API description. */
@QuarkusTest
class FrontDoorTest {

    @Test
    void servesTheWebUiFromTheUiWebJar() {
        given().when()
                .get("/")
                .then()
                .statusCode(200)
                .contentType(containsString("text/html"))
                .body(containsString("Gigafab MES"));
    }

    @Test
    void reportsReadinessForKubernetesProbes() {
        given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void publishesTheOpenApiDescription() {
        given().when()
                .get("/q/openapi?format=json")
                .then()
                .statusCode(200)
                .body("paths", org.hamcrest.Matchers.hasKey("/api/recipes/{id}/diff"));
    }

    @Test
    void exposesPrometheusMetricsIncludingTheOutboxBacklog() {
        given().when()
                .get("/q/metrics")
                .then()
                .statusCode(200)
                .body(org.hamcrest.Matchers.containsString("gigafab_outbox_backlog"))
                .body(org.hamcrest.Matchers.containsString("jvm_memory_used_bytes"));
    }

    @Test
    @io.quarkus.test.security.TestSecurity(
            user = "demo-engineer",
            roles = {"engineer"})
    void malformedOrMistypedJsonIsABadRequestNotAServerError() {
        given().contentType("application/json")
                .body("{\"result\": ")
                .post("/api/units/C-1/track-out")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        given().contentType("application/json")
                .body("{\"result\": \"MAYBE\"}")
                .post("/api/units/C-1/track-out")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("detail", org.hamcrest.Matchers.containsString("MAYBE"));
        given().contentType("application/json")
                .body("{\"scope\": \"CELL\", \"targetId\": \"X\", \"startM\": \"far\"}")
                .post("/api/holds")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
    }
}
