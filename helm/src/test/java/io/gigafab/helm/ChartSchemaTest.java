package io.gigafab.helm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.marcnuri.helm.LintResult;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** values.schema.json refuses wrong values before anything is rendered, saying what is wrong. */
class ChartSchemaTest {

    @Test
    void theChartRefusesToRenderWithoutADatabaseHost() {
        assertThatThrownBy(() -> Chart.renderText(null, UnaryOperator.identity()))
                .hasMessageContaining("database")
                .hasMessageContaining("host");

        LintResult lint = Chart.lintStrict(null);
        assertThat(lint.isFailed()).isTrue();
        assertThat(String.join("\n", lint.getMessages())).contains("host");
    }

    @Test
    void replicasMustBeANumber() {
        assertThatThrownBy(() -> render(t -> t.set("mesService.replicas", "three")))
                .hasMessageContaining("mesService")
                .hasMessageContaining("replicas")
                .hasMessageContaining("integer");
        assertThatThrownBy(() -> render(t -> t.set("mesService.replicas", 0)))
                .hasMessageContaining("replicas");
    }

    @Test
    void kafkaModeIsExternalOrStrimzi() {
        assertThatThrownBy(() -> render(t -> t.set("kafka.mode", "confluent")))
                .hasMessageContaining("mode")
                .hasMessageContaining("strimzi");
        assertThatThrownBy(() -> render(t -> t.set("kafka.bootstrapServers", "kafka")))
                .as("a bootstrap server without port")
                .hasMessageContaining("bootstrapServers");
    }

    @Test
    void theGatewayNeedsAnEndpointWhenEnabled() {
        assertThatThrownBy(() -> render(t -> t.set("opcuaGateway.enabled", true)))
                .hasMessageContaining("endpoints");
    }

    @Test
    void misspelledKeysAreRefusedInsteadOfSilentlyIgnored() {
        assertThatThrownBy(() -> render(t -> t.set("mesServise.replicas", 3)))
                .hasMessageContaining("mesServise");
        assertThatThrownBy(() -> render(t -> t.set("database.pasword", "x")))
                .hasMessageContaining("pasword");
    }

    @Test
    void secretsCannotBePutIntoValues() {
        assertThatThrownBy(() -> render(t -> t.set("mesService.env.GIGAFAB_DB_PASSWORD", "x")))
                .hasMessageContaining("GIGAFAB_DB_PASSWORD");
    }

    @Test
    void wrongUrlsAndQuantitiesAreRefused() {
        assertThatThrownBy(
                        () ->
                                render(
                                        t ->
                                                t.set(
                                                        "keycloak.issuerUrl",
                                                        "https://keycloak.example/auth")))
                .hasMessageContaining("issuerUrl");
        assertThatThrownBy(() -> render(t -> t.set("yieldAnalytics.stateStorage", "/data")))
                .hasMessageContaining("stateStorage");
        assertThatThrownBy(() -> render(t -> t.set("mesService.image.pullPolicy", "Sometimes")))
                .hasMessageContaining("pullPolicy");
    }

    private static void render(UnaryOperator<com.marcnuri.helm.TemplateCommand> options) {
        Chart.renderText("minimal.yaml", options);
    }
}
