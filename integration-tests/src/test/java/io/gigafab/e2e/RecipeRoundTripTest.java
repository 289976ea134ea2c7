package io.gigafab.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.gigafab.stack.MesClient;
import io.gigafab.stack.PlantInABox;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A recipe change from the engineer's draft to the machine and back: approval with an electronic
 * signature by a second person, activation, download through Kafka and the real gateway to the
 * simulated coater over OPC UA, and the read-back recorded in the MES. A setpoint the machine
 * cannot run is refused end to end.
 */
@ExtendWith(PlantExtension.class)
class RecipeRoundTripTest {

    private static final String COATING = "LFP-280P-COATING-CATHODE";
    private static final String COATER = "COAT-C01";

    /**
     * What a COATER takes as setpoints (mes-service gigafab.recipe-setpoints.by-class.COATER) for
     * the cathode coating recipe: web speed, coat weight and its eight dryer zones; quality
     * characteristics such as wet_thickness stay in the MES.
     */
    private static final List<String> COATER_SETPOINTS =
            List.of(
                    "web_speed",
                    "coat_weight",
                    "dryer_zone_1_temp",
                    "dryer_zone_2_temp",
                    "dryer_zone_3_temp",
                    "dryer_zone_4_temp",
                    "dryer_zone_5_temp",
                    "dryer_zone_6_temp",
                    "dryer_zone_7_temp",
                    "dryer_zone_8_temp");

    private static PlantInABox plant;
    private static MesClient engineer;

    @BeforeAll
    static void plant(PlantInABox running) throws Exception {
        plant = running;
        engineer = plant.mesAs("demo-engineer");
    }

    @AfterAll
    static void backToTheLibraryRecipe() {
        engineer.put(
                "/api/equipment/" + COATER + "/recipe", Map.of("recipeId", COATING, "version", 1));
    }

    @Test
    void anApprovedVersionReachesTheCoaterAndItsReadBackTheMes() throws Exception {
        int version = draftAndSubmit(46.0, new double[] {40, 50});

        MesClient authorFresh =
                new MesClient(plant.mesUrl(), plant.logins().interactiveLogin("demo-engineer"));
        assertThat(sign(authorFresh, version).status())
                .as("the author may not approve")
                .isEqualTo(403);
        MesClient qualityPasswordGrant = plant.mesAs("demo-quality");
        MesClient.Answer stale = sign(qualityPasswordGrant, version);
        assertThat(stale.status()).as("no interactive login, no auth_time").isEqualTo(403);
        assertThat(stale.body()).contains("Re-authenticate");
        MesClient qualityFresh =
                new MesClient(plant.mesUrl(), plant.logins().interactiveLogin("demo-quality"));
        MesClient.Answer approved = sign(qualityFresh, version);
        assertThat(approved.ok()).as(approved.body()).isTrue();

        JsonNode download = activateAndDownload(version);

        JsonNode answered = awaitAnswer(download.path("id").asText());
        assertThat(answered.path("status").asText()).as(answered.toString()).isEqualTo("ACCEPTED");
        assertThat(answered.path("readBacks").findValuesAsText("parameter"))
                .as("only the coater's setpoints are downloaded, every one read back")
                .containsExactlyInAnyOrderElementsOf(COATER_SETPOINTS);
        assertThat(answered.path("readBacks").findValuesAsText("ok"))
                .as(answered.toString())
                .containsOnly("true");
        JsonNode webSpeed = readBack(answered, "web_speed");
        assertThat(webSpeed.path("readBack").asDouble()).isEqualTo(46.0);
        assertThat(webSpeed.path("ok").asBoolean()).isTrue();
    }

    @Test
    void aSetpointOutsideTheMachineLimitsIsRejectedEndToEnd() throws Exception {
        int version = draftAndSubmit(150.0, new double[] {140, 160});
        MesClient qualityFresh =
                new MesClient(plant.mesUrl(), plant.logins().interactiveLogin("demo-quality"));
        assertThat(sign(qualityFresh, version).ok()).isTrue();

        JsonNode download = activateAndDownload(version);

        JsonNode answered = awaitAnswer(download.path("id").asText());
        assertThat(answered.path("status").asText()).as(answered.toString()).isEqualTo("REJECTED");
        JsonNode webSpeed = readBack(answered, "web_speed");
        assertThat(webSpeed.path("ok").asBoolean()).isFalse();
        assertThat(webSpeed.path("readBack").isNull()).as("nothing written").isTrue();
    }

    /** A new DRAFT of the cathode coating recipe with another web speed, submitted for review. */
    private static int draftAndSubmit(double webSpeed, double[] specLimits) {
        Map<String, Object> change =
                Map.of(
                        "name",
                        "web_speed",
                        "target",
                        webSpeed,
                        "specLimits",
                        Map.of("lower", specLimits[0], "upper", specLimits[1]),
                        "controlLimits",
                        Map.of("lower", specLimits[0] + 1, "upper", specLimits[1] - 1));
        MesClient.Answer draft =
                engineer.post(
                        "/api/recipes/" + COATING + "/versions",
                        Map.of(
                                "basedOn",
                                1,
                                "description",
                                "e2e: web speed " + webSpeed,
                                "changes",
                                List.of(change)));
        assertThat(draft.status()).as(draft.body()).isEqualTo(201);
        int version = draft.json().path("version").asInt();
        MesClient.Answer submitted =
                engineer.post("/api/recipes/" + COATING + "/versions/" + version + "/submit", null);
        assertThat(submitted.json().path("status").asText()).isEqualTo("IN_REVIEW");
        return version;
    }

    private static MesClient.Answer sign(MesClient signer, int version) {
        return signer.post(
                "/api/recipes/" + COATING + "/versions/" + version + "/signatures",
                Map.of("meaning", "APPROVED", "comment", "e2e approval"));
    }

    private static JsonNode activateAndDownload(int version) {
        MesClient.Answer activated =
                engineer.put(
                        "/api/equipment/" + COATER + "/recipe",
                        Map.of("recipeId", COATING, "version", version));
        assertThat(activated.ok()).as(activated.body()).isTrue();
        MesClient.Answer requested =
                engineer.post("/api/equipment/" + COATER + "/recipe-downloads", null);
        assertThat(requested.status()).as(requested.body()).isEqualTo(202);
        assertThat(requested.json().path("recipeVersion").asInt()).isEqualTo(version);
        return requested.json();
    }

    private static JsonNode awaitAnswer(String downloadId) {
        JsonNode[] answered = new JsonNode[1];
        await().atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofMillis(500))
                .until(
                        () -> {
                            for (JsonNode d :
                                    engineer.get("/api/equipment/" + COATER + "/recipe-downloads")
                                            .json()) {
                                if (d.path("id").asText().equals(downloadId)
                                        && !d.path("status").asText().equals("REQUESTED")) {
                                    answered[0] = d;
                                    return true;
                                }
                            }
                            return false;
                        });
        return answered[0];
    }

    private static JsonNode readBack(JsonNode download, String parameter) {
        for (JsonNode r : download.path("readBacks")) {
            if (r.path("parameter").asText().equals(parameter)) {
                return r;
            }
        }
        throw new AssertionError("no read-back of " + parameter + " in " + download);
    }
}
