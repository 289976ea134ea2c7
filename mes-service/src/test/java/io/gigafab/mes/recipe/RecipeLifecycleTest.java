package io.gigafab.mes.recipe;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.gigafab.events.EquipmentClass;
import io.gigafab.events.EquipmentRef;
import io.gigafab.events.Topics;
import io.gigafab.events.recipe.DownloadStatus;
import io.gigafab.events.recipe.RecipeDownloadResult;
import io.gigafab.events.recipe.SetpointReadBack;
import io.gigafab.mes.kafka.TestDatabase;
import io.gigafab.mes.kafka.TestTopics;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.SecurityAttribute;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class RecipeLifecycleTest {

    private static final String COATING = "LFP-280P-COATING-CATHODE";
    private static final String ANODE_CALENDERING = "LFP-280P-CALENDERING-ANODE";

    @Inject RecipeVersions versions;
    @Inject RecipeApproval approval;
    @Inject RecipeInForce inForce;

    private VersionView draftByAnotherEngineer(String recipeId, String parameter, double target) {
        return versions.createDraft(
                recipeId,
                new NewDraft(
                        1,
                        "test change of " + parameter,
                        List.of(new ParameterChange(parameter, target, null, null))),
                "eng-author");
    }

    @Test
    @TestSecurity(
            user = "eng-approver",
            roles = "engineer",
            augmentors = FreshLogin.class,
            attributes = @SecurityAttribute(key = "gigafab.auth_time", value = FreshLogin.NOW))
    void draftIsReviewedApprovedActivatedAndDownloadedUntilTheMachineAcceptsIt() {
        VersionView draft = draftByAnotherEngineer(COATING, "coat_weight", 21.1);
        int v = draft.version();
        assertThat(draft.status()).isEqualTo("DRAFT");

        given().post("/api/recipes/{id}/versions/{v}/submit", COATING, v)
                .then()
                .statusCode(200)
                .body("status", equalTo("IN_REVIEW"));
        given().contentType("application/json")
                .body(Map.of("meaning", "APPROVED", "comment", "coat weight +0.1 reviewed"))
                .post("/api/recipes/{id}/versions/{v}/signatures", COATING, v)
                .then()
                .statusCode(201)
                .body("signer", equalTo("eng-approver"))
                .body("meaning", equalTo("APPROVED"))
                .body("statusAfter", equalTo("APPROVED"));
        given().get("/api/recipes/{id}", COATING)
                .then()
                .body("find { it.version == " + v + " }.status", equalTo("APPROVED"));
        given().get("/api/recipes/{id}/versions/{v}/signatures", COATING, v)
                .then()
                .body("signer", hasItem("eng-approver"));

        given().contentType("application/json")
                .body(Map.of("recipeId", COATING, "version", v))
                .put("/api/equipment/COAT-C02/recipe")
                .then()
                .statusCode(200)
                .body("version", equalTo(v))
                .body("status", equalTo("APPROVED"));

        String downloadId =
                given().post("/api/equipment/COAT-C02/recipe-downloads")
                        .then()
                        .statusCode(202)
                        .body("status", equalTo("REQUESTED"))
                        .extract()
                        .path("id");
        // The outbox relay delivers the download request to Kafka.
        String payload =
                org.awaitility.Awaitility.await()
                        .atMost(java.time.Duration.ofSeconds(30))
                        .until(
                                () ->
                                        io.gigafab.mes.outbox.PublishedMessages.on(
                                                        Topics.RECIPE_DOWNLOADS)
                                                .stream()
                                                .filter(m -> m.value().contains(downloadId))
                                                .findFirst(),
                                java.util.Optional::isPresent)
                        .map(
                                m -> {
                                    assertThat(m.key()).isEqualTo("COAT-C02");
                                    return m.value();
                                })
                        .orElseThrow();
        assertThat(payload)
                .contains("\"site\":\"gf1\"", "\"line\":\"L2\"", "\"equipmentClass\":\"COATER\"")
                .contains("{\"parameter\":\"coat_weight\",\"value\":21.1,\"unit\":\"mg/cm2\"}")
                .doesNotContain("wet_thickness");

        TestTopics.publish(
                new RecipeDownloadResult(
                        UUID.fromString(downloadId),
                        new EquipmentRef("gf1", "cells", "L2", "COAT-C02", EquipmentClass.COATER),
                        Instant.now(),
                        DownloadStatus.ACCEPTED,
                        List.of(new SetpointReadBack("coat_weight", 21.1, 21.1, true, null)),
                        null));
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(
                        () ->
                                given().get("/api/equipment/COAT-C02/recipe-downloads")
                                        .then()
                                        .body(
                                                "find { it.id == '" + downloadId + "' }.status",
                                                equalTo("ACCEPTED"))
                                        .body(
                                                "find { it.id == '"
                                                        + downloadId
                                                        + "' }.readBacks[0].readBack",
                                                equalTo(21.1f)));
    }

    @Test
    @TestSecurity(
            user = "eng-approver",
            roles = "engineer",
            attributes = @SecurityAttribute(key = "gigafab.auth_time", value = "1000000000"))
    void aStaleLoginCannotSign() {
        VersionView draft = draftByAnotherEngineer(COATING, "coat_weight", 21.05);
        approval.submit(COATING, draft.version(), "eng-author");
        given().contentType("application/json")
                .body(Map.of("meaning", "APPROVED"))
                .post("/api/recipes/{id}/versions/{v}/signatures", COATING, draft.version())
                .then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body("detail", containsString("Re-authenticate to sign"));
        assertThat(
                        TestDatabase.count(
                                "select count(*) from recipe_signature where recipe_id = ? and"
                                        + " version = ?",
                                COATING,
                                draft.version()))
                .isZero();
    }

    @Test
    @TestSecurity(
            user = "eng-self",
            roles = "engineer",
            augmentors = FreshLogin.class,
            attributes = @SecurityAttribute(key = "gigafab.auth_time", value = FreshLogin.NOW))
    void theAuthorCannotApproveTheirOwnVersion() {
        int v =
                given().contentType("application/json")
                        .body(
                                Map.of(
                                        "basedOn",
                                        1,
                                        "changes",
                                        List.of(Map.of("name", "web_speed", "target", 46))))
                        .post("/api/recipes/{id}/versions", COATING)
                        .then()
                        .statusCode(201)
                        .body("status", equalTo("DRAFT"))
                        .body("createdBy", equalTo("eng-self"))
                        .extract()
                        .path("version");
        given().post("/api/recipes/{id}/versions/{v}/submit", COATING, v).then().statusCode(200);
        given().contentType("application/json")
                .body(Map.of("meaning", "APPROVED"))
                .post("/api/recipes/{id}/versions/{v}/signatures", COATING, v)
                .then()
                .statusCode(403)
                .body("detail", containsString("Four eyes"));
        given().get("/api/recipes/{id}/versions/{v}", COATING, v)
                .then()
                .body("header.status", equalTo("IN_REVIEW"))
                .body("parameters.find { it.name == 'web_speed' }.target", equalTo(46.0f));
    }

    @Test
    @TestSecurity(user = "eng-x", roles = "engineer")
    void anInvalidDraftIsABadRequestNamingTheField() {
        given().contentType("application/json")
                .body(Map.of("changes", List.of(Map.of("name", "coat_weight", "target", 30))))
                .post("/api/recipes/{id}/versions", COATING)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("detail", containsString("parameters[coat_weight].target"));
        given().contentType("application/json")
                .body(Map.of("changes", List.of(Map.of("name", "no_such_parameter", "target", 1))))
                .post("/api/recipes/{id}/versions", COATING)
                .then()
                .statusCode(400)
                .body("detail", containsString("parameters[no_such_parameter]"));
    }

    @Test
    @TestSecurity(user = "eng-x", roles = "engineer")
    void onlyApprovedVersionsOfTheMachinesClassCanBeActivated() {
        given().contentType("application/json")
                .body(Map.of("recipeId", COATING, "version", 2))
                .put("/api/equipment/COAT-A02/recipe")
                .then()
                .statusCode(409)
                .body("detail", containsString("IN_REVIEW"));
        given().contentType("application/json")
                .body(Map.of("recipeId", COATING, "version", 1))
                .put("/api/equipment/CAL-C02/recipe")
                .then()
                .statusCode(400)
                .body("detail", containsString("CAL-C02 is a CALENDER"));
        given().contentType("application/json")
                .body(Map.of("recipeId", COATING, "version", 1))
                .put("/api/equipment/NO-SUCH-MACHINE/recipe")
                .then()
                .statusCode(404);
    }

    @Test
    @TestSecurity(user = "eng-x", roles = "engineer")
    void anObsoleteRecipeInForceCannotRun() {
        VersionView draft = draftByAnotherEngineer(ANODE_CALENDERING, "line_speed", 51);
        int v = draft.version();
        approval.submit(ANODE_CALENDERING, v, "eng-author");
        approval.sign(
                ANODE_CALENDERING,
                v,
                new SignRequest(SignRequest.Meaning.APPROVED, null),
                "quality-q",
                Optional.of(Instant.now()));
        given().contentType("application/json")
                .body(Map.of("recipeId", ANODE_CALENDERING, "version", v))
                .put("/api/equipment/CAL-A02/recipe")
                .then()
                .statusCode(200);
        assertThat(inForce.requireRunnable("CAL-A02").version()).isEqualTo(v);

        given().post("/api/recipes/{id}/versions/{v}/obsolete", ANODE_CALENDERING, v)
                .then()
                .statusCode(200)
                .body("status", equalTo("OBSOLETE"));
        assertThatThrownBy(() -> inForce.requireRunnable("CAL-A02"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("OBSOLETE");
        given().post("/api/equipment/CAL-A02/recipe-downloads").then().statusCode(409);
    }

    @Test
    @TestSecurity(user = "audit-a", roles = "auditor")
    void auditorsReadButDoNotChangeRecipes() {
        given().get("/api/recipes/{id}/versions/1", COATING).then().statusCode(200);
        given().contentType("application/json")
                .body(Map.of("changes", List.of(Map.of("name", "coat_weight", "target", 21.1))))
                .post("/api/recipes/{id}/versions", COATING)
                .then()
                .statusCode(403);
        given().contentType("application/json")
                .body(Map.of("recipeId", COATING, "version", 1))
                .put("/api/equipment/COAT-C02/recipe")
                .then()
                .statusCode(403);
        given().post("/api/equipment/COAT-C02/recipe-downloads").then().statusCode(403);
    }

    @Test
    @TestSecurity(
            user = "op-l1",
            roles = "operator",
            attributes = @SecurityAttribute(key = "gigafab.lines", value = "L1"))
    void operatorsDownloadOnlyOnTheirOwnLines() {
        given().post("/api/equipment/COAT-C02/recipe-downloads")
                .then()
                .statusCode(403)
                .body("detail", containsString("L2"));
    }
}
