package io.gigafab.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.gigafab.stack.MesClient;
import io.gigafab.stack.PlantInABox;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The web UI in a real headless Chromium (Debian's chromium driven by playwright-core with the
 * machine's node) against the plant-in-a-box: each demo user logs in through Keycloak's own login
 * page into the MES's OIDC session — no test-only login. The operator scans, tracks out and sees a
 * hold in plain words; the engineer sees the workbench charts and a roll map; quality signs a
 * recipe version after re-entering the password (e-signature); the auditor opens a genealogy. The
 * script is ui-web/e2e/keycloak-browser-test.mjs; screenshots go to
 * integration-tests/target/screenshots.
 */
@ExtendWith(PlantExtension.class)
class BrowserLoginTest {

    private static final String ORDER = "PO-L1-0001";
    private static final String AGING = "LFP-280P-AGING";

    @Test
    void operatorEngineerAndAuditorLogInThroughKeycloakAndWork(PlantInABox plant) throws Exception {
        Map<String, String> env = new java.util.HashMap<>(plantData(plant));
        env.put("ANALYTICS", plant.analyticsRunning() ? "running" : "absent");
        String output = BrowserScript.run("keycloak-browser-test.mjs", plant, env);
        assertThat(output)
                .contains(
                        "operator: logged in through Keycloak",
                        "operator: tracked out",
                        "operator: hold shown",
                        plant.analyticsRunning()
                                ? "engineer: SPC chart of the running line"
                                : "engineer: charts rendered",
                        "engineer: charts rendered",
                        "engineer: roll map with the held interval",
                        "quality: asked for the password again before signing",
                        "quality: signed",
                        "auditor: genealogy opened",
                        "auditor: logged out");
        for (String shot :
                List.of(
                        "keycloak-login.png",
                        "operator-terminal.png",
                        "operator-hold.png",
                        "engineer-workbench.png",
                        "engineer-roll-map.png",
                        "quality-signature.png",
                        "auditor-genealogy.png")) {
            assertThat(BrowserScript.SCREENSHOTS.resolve(shot)).isNotEmptyFile();
        }
    }

    /**
     * Booked through the API as the demo engineer and quality user: a cathode mother roll of L1
     * coated, calendered and slit into two lanes; a cell from metres 10–20 ready for stacking, a
     * cell from metres 400–410 on a roll-interval hold of metres 400–600, and a cell failed at
     * stacking (so the defect Pareto has a bar).
     */
    private static Map<String, String> plantData(PlantInABox plant) throws Exception {
        MesClient engineer = plant.mesAs("demo-engineer");
        String mother = "RC-UI-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        ok(
                engineer.post(
                        "/api/rolls",
                        Map.of(
                                "id",
                                mother,
                                "orderId",
                                ORDER,
                                "polarity",
                                "CATHODE",
                                "lengthM",
                                1000,
                                "materialLots",
                                List.of(Map.of("lotId", "ML-LFP-2611-001", "quantity", 1)))));
        pass(engineer, mother, "COAT-C01");
        pass(engineer, mother, "CAL-C01");
        trackIn(engineer, mother, "SLIT-C01");
        ok(
                engineer.post(
                        "/api/rolls/" + mother + "/daughters",
                        Map.of("daughters", List.of(lane(mother, 1), lane(mother, 2)))));
        ok(engineer.post("/api/units/" + mother + "/track-out", Map.of("result", "PASS")));
        String good = cell(engineer, mother + "-L1", 10, 20);
        String held = cell(engineer, mother + "-L2", 400, 410);
        String failed = cell(engineer, mother + "-L1", 30, 40);
        trackIn(engineer, failed, "STACK-01");
        ok(
                engineer.post(
                        "/api/units/" + failed + "/track-out",
                        Map.of("result", "FAIL", "defectCodes", List.of("STACK-HIPOT"))));
        ok(
                plant.mesAs("demo-quality")
                        .post(
                                "/api/holds",
                                Map.of(
                                        "scope",
                                        "ROLL_INTERVAL",
                                        "targetId",
                                        mother,
                                        "startM",
                                        400,
                                        "endM",
                                        600,
                                        "reason",
                                        "Coat weight low at 400–600 m")));
        return Map.of(
                "MOTHER_ROLL", mother,
                "GOOD_CELL", good,
                "HELD_CELL", held,
                "SIGN_RECIPE", AGING,
                "SIGN_VERSION", Integer.toString(agingDraftInReview(engineer)));
    }

    /** A new version of the aging recipe (a tighter aging temperature), submitted for review. */
    private static int agingDraftInReview(MesClient engineer) {
        MesClient.Answer draft =
                engineer.post(
                        "/api/recipes/" + AGING + "/versions",
                        Map.of(
                                "basedOn",
                                1,
                                "description",
                                "e2e: aging temperature 25 ± 1.5 °C",
                                "changes",
                                List.of(
                                        Map.of(
                                                "name",
                                                "aging_temperature",
                                                "target",
                                                25,
                                                "specLimits",
                                                Map.of("lower", 23.5, "upper", 26.5),
                                                "controlLimits",
                                                Map.of("lower", 24, "upper", 26)))));
        assertThat(draft.status()).as(draft.body()).isEqualTo(201);
        int version = draft.json().path("version").asInt();
        ok(engineer.post("/api/recipes/" + AGING + "/versions/" + version + "/submit", null));
        return version;
    }

    private static Map<String, Object> lane(String mother, int lane) {
        return Map.of("id", mother + "-L" + lane, "lane", lane, "startM", 0, "endM", 1000);
    }

    private static String cell(MesClient engineer, String daughter, int startM, int endM) {
        String id = "C-UI-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        ok(
                engineer.post(
                        "/api/cells",
                        Map.of(
                                "id",
                                id,
                                "orderId",
                                ORDER,
                                "sheets",
                                List.of(
                                        Map.of(
                                                "rollId", daughter, "startM", startM, "endM",
                                                endM)))));
        return id;
    }

    private static void pass(MesClient engineer, String unit, String equipment) {
        trackIn(engineer, unit, equipment);
        ok(engineer.post("/api/units/" + unit + "/track-out", Map.of("result", "PASS")));
    }

    private static void trackIn(MesClient engineer, String unit, String equipment) {
        ok(engineer.post("/api/units/" + unit + "/track-in", Map.of("equipmentId", equipment)));
    }

    private static void ok(MesClient.Answer answer) {
        assertThat(answer.status()).as("MES answer: %s", answer.body()).isEqualTo(200);
    }
}
