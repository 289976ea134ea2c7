package io.gigafab.helm;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.HTTPGetAction;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyEgressRule;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** The checks a careful platform team runs on every pod and policy the chart renders. */
class ChartSecurityTest {

    static final List<String> VALUE_SETS = Chart.VALUE_SET_NAMES;

    private static final Pattern SECRET_NAME =
            Pattern.compile("(?i).*(password|passwd|secret|token|credential|api_?key).*");

    @ParameterizedTest
    @FieldSource("VALUE_SETS")
    void everyContainerRunsNonRootOnAReadOnlyRootWithoutPrivilegesAndWithATmpVolume(
            String valueSet) {
        Manifests manifests = Chart.render(valueSet);
        assertThat(manifests.containers()).isNotEmpty();

        manifests
                .podSpecs()
                .forEach(
                        (pod, spec) -> {
                            var podContext = spec.getSecurityContext();
                            assertThat(podContext.getRunAsNonRoot()).as(pod).isTrue();
                            assertThat(podContext.getRunAsUser()).as(pod).isPositive();
                            assertThat(podContext.getSeccompProfile().getType())
                                    .as(pod)
                                    .isEqualTo("RuntimeDefault");
                        });
        manifests
                .containers()
                .forEach(
                        (name, container) -> {
                            var context = container.getSecurityContext();
                            assertThat(context).as(name).isNotNull();
                            assertThat(context.getRunAsNonRoot()).as(name).isTrue();
                            assertThat(context.getReadOnlyRootFilesystem()).as(name).isTrue();
                            assertThat(context.getAllowPrivilegeEscalation()).as(name).isFalse();
                            assertThat(context.getPrivileged()).as(name).isFalse();
                            assertThat(context.getCapabilities().getDrop())
                                    .as(name)
                                    .containsExactly("ALL");
                            assertThat(context.getCapabilities().getAdd()).as(name).isEmpty();
                            assertThat(context.getSeccompProfile().getType())
                                    .as(name)
                                    .isEqualTo("RuntimeDefault");
                            assertThat(ChartRenderingTest.mountPath(container, "tmp"))
                                    .as(name)
                                    .isEqualTo("/tmp");
                        });
        manifests.podSpecs().values().stream()
                .flatMap(spec -> spec.getVolumes().stream())
                .filter(v -> v.getName().equals("tmp"))
                .forEach(v -> assertThat(v.getEmptyDir()).isNotNull());
    }

    @ParameterizedTest
    @FieldSource("VALUE_SETS")
    void everyDeploymentHasResourcesAndNoServiceAccountToken(String valueSet) {
        for (Deployment deployment : Chart.render(valueSet).all(Deployment.class)) {
            PodSpec pod = deployment.getSpec().getTemplate().getSpec();
            String name = deployment.getMetadata().getName();
            assertThat(pod.getAutomountServiceAccountToken()).as(name).isFalse();
            for (Container container : pod.getContainers()) {
                assertThat(container.getResources().getRequests())
                        .as(name)
                        .containsKeys("cpu", "memory");
                assertThat(container.getResources().getLimits()).as(name).containsKey("memory");
            }
        }
    }

    @Test
    void probesPointAtTheRealHealthEndpointsAndPortsOfEachService() {
        Manifests demo = Chart.render("demo-simulator-offline.yaml");

        Container mes = container(demo, "plant-mes-service");
        assertProbe(mes, mes.getStartupProbe(), "/q/health/started", 8080);
        assertProbe(mes, mes.getReadinessProbe(), "/q/health/ready", 8080);
        assertProbe(mes, mes.getLivenessProbe(), "/q/health/live", 8080);

        // OpsServer: GET /health on ops.port (9464 unless configured), bound to 0.0.0.0
        Container gateway = container(demo, "plant-opcua-gateway");
        assertProbe(gateway, gateway.getStartupProbe(), "/health", 9464);
        assertProbe(gateway, gateway.getReadinessProbe(), "/health", 9464);
        assertProbe(gateway, gateway.getLivenessProbe(), "/health", 9464);

        // ControlServer: GET /status on GIGAFAB_SIMULATOR_CONTROL_PORT; OPC UA on 4840
        Container simulator = container(demo, "plant-line-simulator");
        assertProbe(simulator, simulator.getLivenessProbe(), "/status", 4841);
        assertThat(ChartRenderingTest.envOf(simulator, "GIGAFAB_SIMULATOR_CONTROL_PORT"))
                .isEqualTo("4841");
        assertThat(
                        port(
                                simulator,
                                simulator.getReadinessProbe().getTcpSocket().getPort().getStrVal()))
                .isEqualTo(4840);
    }

    @Test
    void defaultValuesRenderNoSecretMaterial() {
        Manifests manifests = Chart.render("minimal.yaml");

        assertThat(manifests.all(Secret.class)).isEmpty();
        manifests
                .containers()
                .forEach(
                        (name, container) ->
                                container.getEnv().stream()
                                        .filter(e -> SECRET_NAME.matcher(e.getName()).matches())
                                        .forEach(
                                                e -> {
                                                    assertThat(e.getValue())
                                                            .as(name + " " + e.getName())
                                                            .isNull();
                                                    assertThat(e.getValueFrom().getSecretKeyRef())
                                                            .as(name + " " + e.getName())
                                                            .isNotNull();
                                                }));
        assertThat(Chart.renderText("minimal.yaml", t -> t))
                .doesNotContainIgnoringCase("credentials")
                .doesNotContain("\"demo\"");
    }

    @Test
    void theRealmImportCarriesNoDemoPasswordsUnlessAskedFor() {
        assertThat(Chart.renderText("large-plant-strimzi.yaml", t -> t))
                .contains("KeycloakRealmImport")
                .doesNotContain("credentials")
                .doesNotContain("demo-operator");
    }

    @ParameterizedTest
    @FieldSource("VALUE_SETS")
    void networkPoliciesDenyByDefaultAndCoverEveryPod(String valueSet) {
        Manifests manifests = Chart.render(valueSet);
        NetworkPolicy deny = manifests.get(NetworkPolicy.class, "plant-default-deny");

        assertThat(deny.getSpec().getPolicyTypes()).containsExactlyInAnyOrder("Ingress", "Egress");
        assertThat(deny.getSpec().getIngress()).isEmpty();
        assertThat(deny.getSpec().getEgress()).isEmpty();
        Map<String, String> denySelector = deny.getSpec().getPodSelector().getMatchLabels();
        for (Deployment deployment : manifests.all(Deployment.class)) {
            Map<String, String> labels =
                    deployment.getSpec().getTemplate().getMetadata().getLabels();
            assertThat(labels).containsAllEntriesOf(denySelector);
            assertThat(manifests.all(NetworkPolicy.class))
                    .as("an allow policy for " + deployment.getMetadata().getName())
                    .anySatisfy(
                            p ->
                                    assertThat(p.getSpec().getPodSelector().getMatchLabels())
                                            .isEqualTo(
                                                    deployment
                                                            .getSpec()
                                                            .getSelector()
                                                            .getMatchLabels()));
        }
        manifests
                .all(org.apache.flink.kubernetes.operator.api.FlinkDeployment.class)
                .forEach(
                        f ->
                                assertThat(f.getSpec().getPodTemplate().getMetadata().getLabels())
                                        .containsAllEntriesOf(denySelector));
        NetworkPolicy dns = manifests.get(NetworkPolicy.class, "plant-allow-dns");
        assertThat(dns.getSpec().getEgress().get(0).getPorts())
                .extracting(p -> p.getPort().getIntVal())
                .containsOnly(53);
    }

    @Test
    void eachComponentMayOnlyTalkToWhatItNeeds() {
        Manifests plant = Chart.render("small-plant-external-kafka.yaml");

        NetworkPolicy mes = plant.get(NetworkPolicy.class, "plant-mes-service");
        assertThat(mes.getSpec().getIngress())
                .singleElement()
                .satisfies(
                        r ->
                                assertThat(r.getPorts())
                                        .extracting(p -> p.getPort().getIntVal())
                                        .containsExactly(8080));
        assertThat(egressPorts(mes.getSpec().getEgress()))
                .containsExactlyInAnyOrder(5433, 9092, 9093, 443, 8443);
        assertThat(mes.getSpec().getEgress().get(0).getTo())
                .singleElement()
                .satisfies(t -> assertThat(t.getIpBlock().getCidr()).isEqualTo("10.10.5.20/32"));

        NetworkPolicy gateway = plant.get(NetworkPolicy.class, "plant-opcua-gateway");
        assertThat(egressPorts(gateway.getSpec().getEgress()))
                .containsExactlyInAnyOrder(9092, 9093, 4840, 4843);
        assertThat(gateway.getSpec().getEgress())
                .anySatisfy(
                        r ->
                                assertThat(r.getTo())
                                        .singleElement()
                                        .satisfies(
                                                t ->
                                                        assertThat(t.getIpBlock().getCidr())
                                                                .isEqualTo("10.20.0.0/16")));
        assertThat(gateway.getSpec().getIngress())
                .singleElement()
                .satisfies(
                        r ->
                                assertThat(r.getPorts())
                                        .extracting(p -> p.getPort().getIntVal())
                                        .containsExactly(9464));

        NetworkPolicy strimziMes =
                Chart.render("large-plant-strimzi.yaml")
                        .get(NetworkPolicy.class, "plant-mes-service");
        assertThat(strimziMes.getSpec().getEgress())
                .anySatisfy(
                        r ->
                                assertThat(r.getTo())
                                        .singleElement()
                                        .satisfies(
                                                t ->
                                                        assertThat(
                                                                        t.getPodSelector()
                                                                                .getMatchLabels())
                                                                .containsEntry(
                                                                        "strimzi.io/cluster",
                                                                        "plant-kafka")));
    }

    private static List<Integer> egressPorts(List<NetworkPolicyEgressRule> rules) {
        return rules.stream()
                .flatMap(r -> r.getPorts().stream())
                .map(p -> p.getPort().getIntVal())
                .toList();
    }

    private static Container container(Manifests manifests, String deployment) {
        return manifests
                .get(Deployment.class, deployment)
                .getSpec()
                .getTemplate()
                .getSpec()
                .getContainers()
                .get(0);
    }

    private static void assertProbe(Container container, Probe probe, String path, int port) {
        assertThat(probe).as(container.getName()).isNotNull();
        HTTPGetAction get = probe.getHttpGet();
        assertThat(get.getPath()).as(container.getName()).isEqualTo(path);
        assertThat(port(container, get.getPort().getStrVal()))
                .as(container.getName())
                .isEqualTo(port);
    }

    /** The container port a named probe port refers to. */
    private static int port(Container container, String name) {
        return container.getPorts().stream()
                .filter(p -> name.equals(p.getName()))
                .map(ContainerPort::getContainerPort)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no port named " + name));
    }
}
