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
}
