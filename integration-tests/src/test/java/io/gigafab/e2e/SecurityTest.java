package io.gigafab.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.gigafab.stack.DemoLogins;
import io.gigafab.stack.MesClient;
import io.gigafab.stack.PlantInABox;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The MES behind the real Keycloak: tokens of the demo users (password grant, as the realm allows
 * for its demo client) give each role the access the MES promises, and no more.
 */
@ExtendWith(PlantExtension.class)
class SecurityTest {

    private static PlantInABox plant;

    @BeforeAll
    static void plant(PlantInABox running) {
        plant = running;
    }

    @Test
    void everyDemoUserLogsInWithItsRoleAndLines() throws Exception {
        for (DemoLogins.DemoUser user : DemoLogins.USERS) {
            var claims = DemoLogins.claims(plant.logins().accessToken(user.username()));
            assertThat(claims.at("/realm_access/roles").toString())
                    .as(user.username())
                    .contains(user.role());
            assertThat(claims.path("preferred_username").asText()).isEqualTo(user.username());
        }
        assertThat(
                        DemoLogins.claims(plant.logins().accessToken("demo-operator"))
                                .path("gigafab_lines")
                                .toString())
                .isEqualTo("[\"L1\"]");
    }

    /**
     * Without a token, or with a forged one, an API call gets 401 (the MES's "bearer" OIDC tenant;
     * only browsers with a session are sent to the login page).
     */
    @Test
    void withoutAValidTokenNothingIsServed() {
        MesClient anonymous = new MesClient(plant.mesUrl(), (String) null);
        MesClient.Answer noToken = anonymous.get("/api/recipes");
        assertThat(noToken.status()).isEqualTo(401);
        assertThat(noToken.body()).doesNotContain("LFP-280P");
        assertThat(anonymous.post("/api/holds", Map.of()).status()).isEqualTo(401);
        MesClient forged = new MesClient(plant.mesUrl(), "not-a-token");
        assertThat(forged.get("/api/recipes").status()).isEqualTo(401);
        assertThat(forged.post("/api/holds", Map.of()).status()).isEqualTo(401);
    }

    @Test
    void eachRoleReadsAndChangesWhatItMay() throws Exception {
        assertThat(as("demo-operator").get("/api/equipment/COAT-C01/recipe").status())
                .isEqualTo(200);
        assertThat(as("demo-auditor").get("/api/audit/verify").status()).isEqualTo(200);
        assertThat(as("demo-quality").get("/api/audit/verify").status()).isEqualTo(200);
        assertThat(as("demo-operator").get("/api/audit/verify").status()).isEqualTo(403);
        Map<String, Object> activation = Map.of("recipeId", "LFP-280P-STACKING", "version", 1);
        assertThat(as("demo-operator").put("/api/equipment/STACK-02/recipe", activation).status())
                .isEqualTo(403);
        assertThat(as("demo-engineer").put("/api/equipment/STACK-02/recipe", activation).status())
                .isEqualTo(200);
        assertThat(as("demo-quality").put("/api/equipment/STACK-02/recipe", activation).status())
                .isEqualTo(403);
    }

    @Test
    void anOperatorOfLine1CannotTrackInOnLine2() throws Exception {
        MesClient operatorL1 = as("demo-operator");
        MesClient operatorL2 = as("demo-operator-l2");
        MesClient.Answer roll =
                operatorL2.post("/api/rolls", newRoll("RC-E2E-L2-0001", "PO-L2-0001"));
        assertThat(roll.ok()).as(roll.body()).isTrue();

        MesClient.Answer refused =
                operatorL1.post(
                        "/api/units/RC-E2E-L2-0001/track-in", Map.of("equipmentId", "COAT-C02"));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().path("detail").asText()).contains("L2");
        assertThat(operatorL1.post("/api/rolls", newRoll("RC-E2E-L2-0002", "PO-L2-0001")).status())
                .isEqualTo(403);
    }

    @Test
    void anAuditorCannotChangeAnything() throws Exception {
        MesClient auditor = as("demo-auditor");
        assertThat(auditor.get("/api/recipes").status()).isEqualTo(200);
        List<MesClient.Answer> attempts =
                List.of(
                        auditor.post("/api/rolls", newRoll("RC-E2E-AUDIT", "PO-L1-0001")),
                        auditor.post(
                                "/api/units/ML-LFP-2611-001/track-in",
                                Map.of("equipmentId", "COAT-C01")),
                        auditor.post("/api/holds", Map.of("reason", "audit")),
                        auditor.post(
                                "/api/recipes/LFP-280P-STACKING/versions",
                                Map.of("changes", List.of())),
                        auditor.put(
                                "/api/equipment/COAT-C01/recipe",
                                Map.of("recipeId", "LFP-280P-COATING-CATHODE", "version", 1)),
                        auditor.post("/api/equipment/COAT-C01/recipe-downloads", Map.of()));
        assertThat(attempts).extracting(MesClient.Answer::status).containsOnly(403);
    }

    private static Map<String, Object> newRoll(String id, String order) {
        return Map.of(
                "id",
                id,
                "orderId",
                order,
                "polarity",
                "CATHODE",
                "lengthM",
                1000,
                "materialLots",
                List.of(Map.of("lotId", "ML-LFP-2611-001", "quantity", 1)));
    }

    private static MesClient as(String user) throws Exception {
        return plant.mesAs(user);
    }
}
