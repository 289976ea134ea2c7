package io.gigafab.helm;

import static org.assertj.core.api.Assertions.assertThat;

import com.marcnuri.helm.LintResult;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.gigafab.gateway.config.GatewayConfig;
import io.gigafab.gateway.config.GatewayConfigs;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** What the chart installs for each kind of plant, read from the parsed manifests. */
class ChartRenderingTest {

    static final java.util.List<String> VALUE_SETS = Chart.VALUE_SET_NAMES;

    @ParameterizedTest
    @FieldSource("VALUE_SETS")
    void passesStrictLint(String valueSet) {
        LintResult lint = Chart.lintStrict(valueSet);

        assertThat(lint.isFailed()).as("lint messages: %s", lint.getMessages()).isFalse();
    }

    @ParameterizedTest
    @FieldSource("VALUE_SETS")
    void everyServiceSelectsThePodsOfItsDeployment(String valueSet) {
        Manifests manifests = Chart.render(valueSet);

        assertThat(manifests.all(Service.class)).isNotEmpty();
        for (Service service : manifests.all(Service.class)) {
            Deployment deployment =
                    manifests.get(Deployment.class, service.getMetadata().getName());
            assertThat(deployment.getSpec().getTemplate().getMetadata().getLabels())
                    .containsAllEntriesOf(service.getSpec().getSelector());
            assertThat(deployment.getSpec().getSelector().getMatchLabels())
                    .isEqualTo(service.getSpec().getSelector());
            var containerPorts =
                    deployment.getSpec().getTemplate().getSpec().getContainers().stream()
                            .flatMap(c -> c.getPorts().stream())
                            .map(p -> p.getName())
                            .toList();
            service.getSpec()
                    .getPorts()
                    .forEach(
                            p ->
                                    assertThat(containerPorts)
                                            .contains(p.getTargetPort().getStrVal()));
        }
    }

    @Test
    void theMesServiceGetsItsConnectionsFromValuesAndItsPasswordFromTheExistingSecret() {
        Container mes = mesContainer(Chart.render("small-plant-external-kafka.yaml"));
        Map<String, EnvVar> env =
                mes.getEnv().stream().collect(Collectors.toMap(EnvVar::getName, e -> e));

        assertThat(env.get("GIGAFAB_DB_URL").getValue())
                .isEqualTo("jdbc:postgresql://pg.plant.local:5433/mes?sslmode=verify-full");
        assertThat(env.get("GIGAFAB_KAFKA_BOOTSTRAP").getValue())
                .isEqualTo("kafka-1.plant.local:9093,kafka-2.plant.local:9093");
        assertThat(env.get("GIGAFAB_OIDC_URL").getValue())
                .isEqualTo("https://sso.plant.local/realms/gigafab");
        assertThat(env.get("GIGAFAB_OIDC_CLIENT_ID").getValue()).isEqualTo("gigafab-mes");
        var password = env.get("GIGAFAB_DB_PASSWORD").getValueFrom().getSecretKeyRef();
        assertThat(password.getName()).isEqualTo("mes-db-credentials");
        assertThat(password.getKey()).isEqualTo("pass");
        assertThat(env.get("GIGAFAB_DB_USER").getValueFrom().getSecretKeyRef().getKey())
                .isEqualTo("user");
    }

    @Test
    void externalKafkaCreatesNoTopicsWhileStrimziGetsOneKafkaTopicPerTopic() {
        assertThat(Chart.render("small-plant-external-kafka.yaml").all("KafkaTopic")).isEmpty();

        Manifests strimzi = Chart.render("large-plant-strimzi.yaml");
        Map<String, GenericKubernetesResource> topics =
                strimzi.all("KafkaTopic").stream()
                        .collect(Collectors.toMap(t -> (String) spec(t).get("topicName"), t -> t));
        assertThat(topics)
                .containsOnlyKeys(
                        "gigafab.measurements.v1",
                        "gigafab.equipment-events.v1",
                        "gigafab.unit-events.v1",
                        "gigafab.yield-insights.v1",
                        "gigafab.recipe-downloads.v1",
                        "gigafab.recipe-download-results.v1");
        GenericKubernetesResource measurements = topics.get("gigafab.measurements.v1");
        assertThat(measurements.getMetadata().getLabels())
                .containsEntry("strimzi.io/cluster", "plant-kafka");
        assertThat(spec(measurements)).containsEntry("partitions", 48).containsEntry("replicas", 3);
        assertThat(map(spec(measurements).get("config")))
                .containsEntry("retention.ms", String.valueOf(72L * 3600 * 1000))
                .containsEntry("min.insync.replicas", "2");
        assertThat(envOf(mesContainer(strimzi), "GIGAFAB_KAFKA_BOOTSTRAP"))
                .isEqualTo("plant-kafka-kafka-bootstrap:9092");
    }

    @Test
    void aPodDisruptionBudgetOnlyWhenTheMesRunsMoreThanOneReplica() {
        assertThat(Chart.render("small-plant-external-kafka.yaml").all(PodDisruptionBudget.class))
                .isEmpty();

        Manifests large = Chart.render("large-plant-strimzi.yaml");
        assertThat(large.get(Deployment.class, "plant-mes-service").getSpec().getReplicas())
                .isEqualTo(3);
        PodDisruptionBudget pdb = large.get(PodDisruptionBudget.class, "plant-mes-service");
        assertThat(pdb.getSpec().getMaxUnavailable().getIntVal()).isEqualTo(1);
        assertThat(pdb.getSpec().getSelector().getMatchLabels())
                .isEqualTo(
                        large.get(Deployment.class, "plant-mes-service")
                                .getSpec()
                                .getSelector()
                                .getMatchLabels());
    }

    @Test
    void theLineSimulatorIsOptionalAndServesOpcUaUnderItsServiceName() {
        assertThat(
                        Chart.render("small-plant-external-kafka.yaml")
                                .find(Deployment.class, "plant-line-simulator"))
                .isEmpty();

        Manifests demo = Chart.render("demo-simulator-offline.yaml");
        Container simulator =
                demo.get(Deployment.class, "plant-line-simulator")
                        .getSpec()
                        .getTemplate()
                        .getSpec()
                        .getContainers()
                        .get(0);
        assertThat(simulator.getArgs()).containsExactly("/opt/gigafab/lines/nmc811-demo.yaml");
        assertThat(Path.of("../line-simulator/lines/nmc811-demo.yaml"))
                .as("the line file ships with the simulator image")
                .exists();
        assertThat(envOf(simulator, "GIGAFAB_SIMULATOR_BIND_ADDRESS")).isEqualTo("0.0.0.0");
        assertThat(envOf(simulator, "GIGAFAB_SIMULATOR_HOSTNAME"))
                .isEqualTo("plant-line-simulator");
        assertThat(demo.get(Service.class, "plant-line-simulator").getSpec().getPorts())
                .extracting(p -> p.getPort())
                .containsExactly(4840, 4841);
    }

    @Test
    void theGatewayConfigMapIsAValidGatewayConfigWithBufferAndPkiOnItsVolume() throws Exception {
        Manifests manifests = Chart.render("small-plant-external-kafka.yaml");
        ConfigMap configMap = manifests.get(ConfigMap.class, "plant-opcua-gateway");
        String yaml = configMap.getData().get("config.yaml");

        GatewayConfig config =
                GatewayConfigs.read(
                        new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)),
                        "config.yaml");

        assertThat(config.site()).isEqualTo("gf2");
        assertThat(config.kafka().bootstrapServers())
                .isEqualTo("kafka-1.plant.local:9093,kafka-2.plant.local:9093");
        assertThat(config.ops().bindAddress()).isEqualTo("0.0.0.0");
        assertThat(config.endpoints()).hasSize(1);
        assertThat(config.endpoints().get(0).machines()).hasSize(2);
        PodSpec pod =
                manifests
                        .get(Deployment.class, "plant-opcua-gateway")
                        .getSpec()
                        .getTemplate()
                        .getSpec();
        String dataMount = mountPath(pod.getContainers().get(0), "data");
        assertThat(config.buffer().directory().toString()).startsWith(dataMount + "/");
        assertThat(config.pki().directory().toString()).startsWith(dataMount + "/");
        assertThat(pod.getVolumes())
                .anySatisfy(
                        v -> {
                            assertThat(v.getName()).isEqualTo("data");
                            assertThat(v.getPersistentVolumeClaim().getClaimName())
                                    .isEqualTo("plant-opcua-gateway");
                        });
        assertThat(manifests.get(PersistentVolumeClaim.class, "plant-opcua-gateway")).isNotNull();
        assertThat(
                        manifests
                                .get(Deployment.class, "plant-opcua-gateway")
                                .getSpec()
                                .getStrategy()
                                .getType())
                .as("the buffer directory is locked by one gateway at a time")
                .isEqualTo("Recreate");
    }

    @Test
    void aRegistryMirrorPrefixesEveryImageAndEveryPodGetsThePullSecret() {
        Manifests demo = Chart.render("demo-simulator-offline.yaml");

        assertThat(
                        demo.get(Deployment.class, "plant-mes-service")
                                .getSpec()
                                .getTemplate()
                                .getSpec()
                                .getContainers()
                                .get(0)
                                .getImage())
                .isEqualTo(
                        "registry.plant.local:5000/gigafab-mirror/gigafab/mes-service:0.1.0-rc1");
        assertThat(demo.all(org.apache.flink.kubernetes.operator.api.FlinkDeployment.class))
                .singleElement()
                .satisfies(
                        f ->
                                assertThat(f.getSpec().getImage())
                                        .startsWith("registry.plant.local:5000/gigafab-mirror/"));
        demo.containers()
                .forEach(
                        (name, container) -> {
                            if (container.getImage() != null) {
                                assertThat(container.getImage())
                                        .as(name)
                                        .startsWith("registry.plant.local:5000/gigafab-mirror/");
                            }
                        });
        demo.podSpecs()
                .forEach(
                        (pod, spec) ->
                                assertThat(spec.getImagePullSecrets())
                                        .as(pod)
                                        .extracting(s -> s.getName())
                                        .containsExactly("plant-mirror-pull"));
    }

    @Test
    void ingressAndServiceMonitorsAreRenderedOnlyWhenAsked() {
        Manifests minimal = Chart.render("minimal.yaml");
        assertThat(minimal.all(Ingress.class)).isEmpty();
        assertThat(minimal.all("ServiceMonitor")).isEmpty();

        Manifests plant = Chart.render("small-plant-external-kafka.yaml");
        Ingress ingress = plant.get(Ingress.class, "plant-mes-service");
        assertThat(ingress.getSpec().getIngressClassName()).isEqualTo("nginx");
        assertThat(ingress.getSpec().getTls().get(0).getSecretName()).isEqualTo("mes-tls");
        var backend = ingress.getSpec().getRules().get(0).getHttp().getPaths().get(0).getBackend();
        assertThat(backend.getService().getName()).isEqualTo("plant-mes-service");
        assertThat(backend.getService().getPort().getName()).isEqualTo("http");

        Map<String, Map<String, Object>> endpoints =
                plant.all("ServiceMonitor").stream()
                        .collect(
                                Collectors.toMap(
                                        m -> m.getMetadata().getName(),
                                        m ->
                                                map(
                                                        ((java.util.List<?>)
                                                                        spec(m).get("endpoints"))
                                                                .get(0))));
        assertThat(endpoints.get("plant-mes-service"))
                .containsEntry("path", "/q/metrics")
                .containsEntry("port", "http");
        assertThat(endpoints.get("plant-opcua-gateway"))
                .containsEntry("path", "/metrics")
                .containsEntry("port", "ops");
        assertThat(plant.all("ServiceMonitor"))
                .allSatisfy(
                        m ->
                                assertThat(m.getMetadata().getLabels())
                                        .containsEntry("release", "prometheus"));
    }

    @Test
    void theChartHasADockerfilePerDeployable() {
        assertThat(Path.of("../mes-service/src/main/docker/Dockerfile.jvm")).exists();
        for (String module : new String[] {"opcua-gateway", "line-simulator", "yield-analytics"}) {
            Path dockerfile = Path.of("..", module, "Dockerfile");
            assertThat(dockerfile).exists();
            assertThat(read(dockerfile)).as(module).containsPattern("(?m)^USER [1-9][0-9]*");
        }
    }

    static Container mesContainer(Manifests manifests) {
        return manifests
                .get(Deployment.class, "plant-mes-service")
                .getSpec()
                .getTemplate()
                .getSpec()
                .getContainers()
                .get(0);
    }

    static String envOf(Container container, String name) {
        return container.getEnv().stream()
                .filter(e -> name.equals(e.getName()))
                .map(EnvVar::getValue)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no env " + name));
    }

    static String mountPath(Container container, String volume) {
        return container.getVolumeMounts().stream()
                .filter(m -> volume.equals(m.getName()))
                .map(m -> m.getMountPath())
                .findFirst()
                .orElseThrow(() -> new AssertionError("no mount of " + volume));
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> spec(GenericKubernetesResource resource) {
        return (Map<String, Object>) resource.getAdditionalProperties().get("spec");
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
