package io.gigafab.mes.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ProblemMapperTest {

    /** A resource that fails the way a bug would; only present in the test application. */
    @Path("/test/failing")
    @PermitAll
    public static class FailingResource {

        @GET
        @Path("/bug")
        public String bug() {
            throw new NullPointerException("password=demo-secret in ProblemMapperTest");
        }

        @GET
        @Path("/state")
        public String state() {
            throw new IllegalStateException("Roll R-9 is already slit");
        }
    }

    @Test
    void serverErrorsAreProblemsWithoutInternals() {
        given().when()
                .get("/test/failing/bug")
                .then()
                .statusCode(500)
                .contentType("application/problem+json")
                .body("title", equalTo("Internal Server Error"))
                .body("detail", equalTo("The MES could not complete the request."))
                .body(not(containsString("demo-secret")))
                .body(not(containsString("at io.gigafab")));
    }

    @Test
    void stateConflictsAreAnsweredWith409AndTheReason() {
        given().when()
                .get("/test/failing/state")
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("detail", equalTo("Roll R-9 is already slit"));
    }

    @Test
    void unknownPathsAreProblemsToo() {
        given().when()
                .get("/api/no-such-thing")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
    }
}
