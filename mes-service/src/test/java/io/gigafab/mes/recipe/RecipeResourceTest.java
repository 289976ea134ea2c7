package io.gigafab.mes.recipe;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import org.junit.jupiter.api.Test;

@QuarkusTest
class RecipeResourceTest {

    private static final String CATHODE_COATING = "LFP-280P-COATING-CATHODE";

    @Test
    void anonymousCallersAreRejected() {
        given().when().get("/api/recipes").then().statusCode(401);
    }

    @Test
    @TestSecurity(
            user = "demo-engineer",
            roles = {"engineer"})
    void listsTheLibraryForEveryProductAndEquipmentClass() {
        given().when()
                .get("/api/recipes")
                .then()
                .statusCode(200)
                .body("size()", greaterThanOrEqualTo(33))
                .body("designId", hasItems("LFP-280P", "NMC811-60P", "NA-HC-150P"))
                .body("equipmentClass", hasItems("COATER", "CALENDER", "FORMATION", "GRADER"))
                .body("findAll { it.id == '" + CATHODE_COATING + "' }.version", hasItems(1, 2));
    }

    @Test
    @TestSecurity(
            user = "demo-operator",
            roles = {"operator"})
    void showsOneVersionWithItsParametersAndLimits() {
        given().when()
                .get("/api/recipes/{id}/versions/{v}", CATHODE_COATING, 2)
                .then()
                .statusCode(200)
                .body("header.version", equalTo(2))
                .body("parameters.name", hasItem("coat_weight"))
                .body("parameters.find { it.name == 'coat_weight' }.unit", equalTo("mg/cm2"))
                .body("parameters.find { it.name == 'coat_weight' }.target", equalTo(21.5f));
    }

    @Test
    @TestSecurity(
            user = "demo-engineer",
            roles = {"engineer"})
    void comparesTwoVersionsForReview() {
        given().when()
                .get("/api/recipes/{id}/diff?from=1&to=2", CATHODE_COATING)
                .then()
                .statusCode(200)
                .body("changes.path", hasItem("parameters[coat_weight].target"))
                .body("lines", hasItem(containsString("coat_weight")));
    }

    @Test
    @TestSecurity(
            user = "demo-operator",
            roles = {"operator"})
    void unknownRecipeIsAProblemDocumentNamingIt() {
        given().when()
                .get("/api/recipes/{id}/versions/1", "NO-SUCH-RECIPE")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404))
                .body("detail", containsString("NO-SUCH-RECIPE"))
                .body("instance", equalTo("/api/recipes/NO-SUCH-RECIPE/versions/1"));
    }

    @Test
    @TestSecurity(
            user = "demo-engineer",
            roles = {"engineer"})
    void diffWithoutVersionsIsABadRequestThatSaysWhatIsMissing() {
        given().when()
                .get("/api/recipes/{id}/diff?from=1", CATHODE_COATING)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("detail", containsString("from=1&to=2"));
    }

    @Test
    @TestSecurity(
            user = "demo-engineer",
            roles = {"engineer"})
    void missingVersionIsNotFound() {
        given().when()
                .get("/api/recipes/{id}/versions/9", CATHODE_COATING)
                .then()
                .statusCode(404)
                .body("detail", equalTo("Recipe " + CATHODE_COATING + " has no version 9"));
    }
}
