package io.gigafab.helm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.marcnuri.helm.Helm;
import com.marcnuri.helm.LintResult;
import com.marcnuri.helm.TemplateCommand;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** Lints and renders the chart with the real Helm library (helm-java), no cluster needed. */
class ChartTest {

    private static final Path CHART = Path.of("gigafab");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    @Test
    void chartPassesStrictLint() {
        LintResult result = new Helm(CHART).lint().strict().call();

        assertThat(result.isFailed()).as("lint messages: %s", result.getMessages()).isFalse();
    }

    @Test
    void defaultsRenderAHardenedMesServiceDeploymentAndItsService() throws IOException {
        List<JsonNode> manifests = render(UnaryOperator.identity());

        JsonNode deployment = find(manifests, "Deployment", "plant-mes-service");
        JsonNode pod = deployment.at("/spec/template/spec");
        JsonNode container = pod.at("/containers/0");
        assertThat(deployment.at("/spec/replicas").asInt()).isEqualTo(2);
        assertThat(container.at("/image").asText()).isEqualTo("gigafab/mes-service:0.1.0");
        assertThat(pod.at("/securityContext/runAsNonRoot").asBoolean()).isTrue();
        assertThat(container.at("/securityContext/readOnlyRootFilesystem").asBoolean()).isTrue();
        assertThat(container.at("/readinessProbe/httpGet/path").asText())
                .isEqualTo("/q/health/ready");

        JsonNode service = find(manifests, "Service", "plant-mes-service");
        assertThat(service.at("/spec/selector"))
                .as("the Service must select the Deployment's pods")
                .isEqualTo(deployment.at("/spec/selector/matchLabels"));
        assertThat(deployment.at("/spec/template/metadata/labels").properties())
                .containsAll(service.at("/spec/selector").properties());
    }

    @Test
    void plantRegistryMirrorPrefixesEveryImageForOfflineInstalls() throws IOException {
        List<JsonNode> manifests =
                render(t -> t.set("global.imageRegistry", "registry.plant.local:5000"));

        JsonNode deployment = find(manifests, "Deployment", "plant-mes-service");
        assertThat(deployment.at("/spec/template/spec/containers/0/image").asText())
                .isEqualTo("registry.plant.local:5000/gigafab/mes-service:0.1.0");
    }

    @Test
    void invalidValuesAreRejectedByTheValuesSchema() {
        assertThatThrownBy(() -> render(t -> t.set("mesService.replicas", 0)))
                .hasMessageContaining("replicas");
        assertThatThrownBy(() -> render(t -> t.set("mesService.image.pullPolicy", "Sometimes")))
                .hasMessageContaining("pullPolicy");
    }

    private static List<JsonNode> render(UnaryOperator<TemplateCommand> options)
            throws IOException {
        String rendered = options.apply(new Helm(CHART).template().withName("plant")).call();
        return YAML
                .readValues(YAML.getFactory().createParser(rendered), JsonNode.class)
                .readAll()
                .stream()
                .filter(node -> node != null && !node.isNull() && !node.isEmpty())
                .toList();
    }

    private static JsonNode find(List<JsonNode> manifests, String kind, String name) {
        return manifests.stream()
                .filter(m -> kind.equals(m.path("kind").asText()))
                .filter(m -> name.equals(m.at("/metadata/name").asText()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " named " + name));
    }
}
