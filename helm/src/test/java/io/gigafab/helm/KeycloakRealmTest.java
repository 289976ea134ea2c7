package io.gigafab.helm;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The gigafab realm shipped in the chart (files/gigafab-realm.json) and its operator import. */
class KeycloakRealmTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theRealmHasTheRolesTheClientAndTheLinesClaim() throws IOException {
        JsonNode realm =
                JSON.readTree(Chart.DIRECTORY.resolve("files/gigafab-realm.json").toFile());

        assertThat(realm.path("realm").asText()).isEqualTo("gigafab");
        assertThat(names(realm.at("/roles/realm"), "name"))
                .containsExactlyInAnyOrder("operator", "engineer", "quality", "auditor", "admin");
        JsonNode client = realm.at("/clients/0");
        assertThat(client.path("clientId").asText()).isEqualTo("gigafab-mes");
        assertThat(client.path("publicClient").asBoolean()).as("no client secret needed").isTrue();
        assertThat(client.path("standardFlowEnabled").asBoolean()).isTrue();
        assertThat(client.path("directAccessGrantsEnabled").asBoolean()).isTrue();
        assertThat(names(client.path("redirectUris"), null)).contains("http://localhost:8080/*");
        JsonNode lines = mapper(client, "gigafab_lines");
        assertThat(lines.path("protocolMapper").asText())
                .isEqualTo("oidc-usermodel-attribute-mapper");
        assertThat(lines.at("/config/user.attribute").asText()).isEqualTo("gigafab_lines");
        assertThat(lines.at("/config/claim.name").asText()).isEqualTo("gigafab_lines");
        assertThat(lines.at("/config/multivalued").asText()).isEqualTo("true");
        assertThat(lines.at("/config/access.token.claim").asText()).isEqualTo("true");
        assertThat(mapper(client, "auth_time").at("/config/claim.name").asText())
                .isEqualTo("auth_time");
        assertThat(
                        realm.at(
                                        "/components/org.keycloak.userprofile.UserProfileProvider/0/config")
                                .toString())
                .as("the user profile keeps the gigafab_lines attribute")
                .contains("gigafab_lines");
    }

    @Test
    void demoUsersAreMarkedDemoOnlyAndHaveOnlyTheDemoPassword() throws IOException {
        JsonNode realm =
                JSON.readTree(Chart.DIRECTORY.resolve("files/gigafab-realm.json").toFile());

        assertThat(names(realm.path("users"), "username"))
                .containsExactlyInAnyOrder(
                        "demo-operator",
                        "demo-operator-l2",
                        "demo-engineer",
                        "demo-quality",
                        "demo-auditor",
                        "demo-admin");
        for (JsonNode user : realm.path("users")) {
            assertThat(user.path("lastName").asText()).isEqualTo("DEMO ONLY");
            assertThat(user.at("/attributes/gigafab_demo_only/0").asText()).startsWith("DEMO ONLY");
            assertThat(names(user.path("credentials"), "value")).containsOnly("demo");
        }
        JsonNode operator = realm.path("users").get(0);
        assertThat(names(operator.at("/attributes/gigafab_lines"), null)).containsExactly("L1");
        assertThat(names(realm.path("users").get(1).at("/attributes/gigafab_lines"), null))
                .containsExactly("L2");
    }

    @Test
    void theOperatorImportIsRenderedOnlyWhenEnabledAndAddsTheIngressRedirect() {
        assertThat(Chart.render("small-plant-external-kafka.yaml").all("KeycloakRealmImport"))
                .isEmpty();

        JsonNode plant =
                Chart.render("large-plant-strimzi.yaml")
                        .document("KeycloakRealmImport", "plant-keycloak-realm");
        assertThat(plant.at("/spec/keycloakCRName").asText()).isEqualTo("plant-keycloak");
        assertThat(plant.at("/spec/realm/realm").asText()).isEqualTo("gigafab");
        assertThat(plant.at("/spec/realm/users").isMissingNode()).isTrue();
        assertThat(names(plant.at("/spec/realm/clients/0/redirectUris"), null))
                .containsExactly("http://localhost:8080/*", "https://mes.plant.example/*");

        JsonNode demo =
                Chart.render("demo-simulator-offline.yaml")
                        .document("KeycloakRealmImport", "plant-keycloak-realm");
        assertThat(demo.at("/spec/realm/users")).hasSize(6);
    }

    private static JsonNode mapper(JsonNode client, String name) {
        for (JsonNode mapper : client.path("protocolMappers")) {
            if (name.equals(mapper.path("name").asText())) {
                return mapper;
            }
        }
        throw new AssertionError("no protocol mapper " + name);
    }

    private static List<String> names(JsonNode array, String field) {
        List<String> names = new ArrayList<>();
        array.forEach(n -> names.add(field == null ? n.asText() : n.path(field).asText()));
        return names;
    }
}
