package io.gigafab.helm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.rbac.RoleBinding;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.flink.kubernetes.operator.api.FlinkDeployment;
import org.apache.flink.kubernetes.operator.api.spec.JobState;
import org.apache.flink.kubernetes.operator.api.spec.KubernetesDeploymentMode;
import org.apache.flink.kubernetes.operator.api.spec.UpgradeMode;
import org.junit.jupiter.api.Test;

/**
 * yield-analytics as a FlinkDeployment, parsed with the operator's own API model
 * (flink-kubernetes-operator-api from Maven Central, see {@link FlinkVersions} for flinkVersion).
 */
class FlinkDeploymentTest {

    @Test
    void applicationModeWithSavepointUpgradesKubernetesHaAndDurableState() {
        Manifests manifests = Chart.render("large-plant-strimzi.yaml");
        FlinkDeployment flink = manifests.get(FlinkDeployment.class, "plant-yield-analytics");
        var spec = flink.getSpec();
        var job = spec.getJob();

        assertThat(spec.getMode()).isEqualTo(KubernetesDeploymentMode.NATIVE);
        assertThat(job.getJarURI())
                .isEqualTo("local:///opt/flink/usrlib/gigafab-yield-analytics.jar");
        assertThat(job.getEntryClass()).startsWith("io.gigafab.analytics.");
        assertThat(job.getParallelism()).isEqualTo(8);
        assertThat(job.getUpgradeMode()).isEqualTo(UpgradeMode.SAVEPOINT);
        assertThat(job.getState()).isEqualTo(JobState.RUNNING);
        assertThat(spec.getJobManager().getReplicas()).isEqualTo(2);
        assertThat(spec.getTaskManager().getResource().getMemory()).isEqualTo("8192m");
        Map<String, String> conf = spec.getFlinkConfiguration();
        assertThat(conf)
                .containsEntry("high-availability.type", "kubernetes")
                .containsEntry("high-availability.storageDir", "s3://plant-flink-state/gigafab/ha")
                .containsEntry(
                        "execution.checkpointing.dir", "s3://plant-flink-state/gigafab/checkpoints")
                .containsEntry(
                        "execution.checkpointing.savepoint-dir",
                        "s3://plant-flink-state/gigafab/savepoints")
                .containsEntry("taskmanager.numberOfTaskSlots", "4")
                .containsEntry("s3.endpoint", "https://minio.plant.local:9000");
        assertThat(spec.getPodTemplate().getSpec().getContainers())
                .singleElement()
                .satisfies(c -> assertThat(c.getName()).isEqualTo("flink-main-container"));
        var env = spec.getPodTemplate().getSpec().getContainers().get(0).getEnv();
        assertThat(env)
                .extracting(e -> e.getName())
                .contains(
                        "GIGAFAB_KAFKA_BOOTSTRAP",
                        "GIGAFAB_JDBC_URL",
                        "GIGAFAB_JDBC_USER",
                        "GIGAFAB_JDBC_PASSWORD");
        assertThat(env)
                .filteredOn(e -> e.getName().equals("GIGAFAB_JDBC_PASSWORD"))
                .singleElement()
                .satisfies(
                        e -> {
                            assertThat(e.getValue()).isNull();
                            assertThat(e.getValueFrom().getSecretKeyRef().getName()).isNotBlank();
                        });
    }

    @Test
    void theJobManagerRunsUnderAServiceAccountAllowedToManageItsPodsAndHaConfigMaps() {
        Manifests manifests = Chart.render("minimal.yaml");
        FlinkDeployment flink = manifests.get(FlinkDeployment.class, "plant-yield-analytics");

        String account = flink.getSpec().getServiceAccount();
        assertThat(manifests.find(ServiceAccount.class, account)).isPresent();
        RoleBinding binding = manifests.get(RoleBinding.class, account);
        assertThat(binding.getSubjects())
                .singleElement()
                .satisfies(s -> assertThat(s.getName()).isEqualTo(account));
        var role = manifests.get(io.fabric8.kubernetes.api.model.rbac.Role.class, account);
        assertThat(role.getRules())
                .anySatisfy(r -> assertThat(r.getResources()).contains("pods", "configmaps"));
    }

    @Test
    void flinkVersionMatchesTheFlinkReleaseTheJobImageIsBuiltOn() {
        String dockerfile = ChartRenderingTest.read(Path.of("../yield-analytics/Dockerfile"));
        Matcher from =
                Pattern.compile("(?m)^FROM flink:(\\d+\\.\\d+\\.\\d+)-java17").matcher(dockerfile);
        assertThat(from.find()).as("Dockerfile FROM flink:<version>-java17").isTrue();
        assertThat(dockerfile).contains("/opt/flink/usrlib/gigafab-yield-analytics.jar");

        String flinkVersion =
                Chart.render("minimal.yaml")
                        .document("FlinkDeployment", "plant-yield-analytics")
                        .at("/spec/flinkVersion")
                        .asText();

        assertThat(flinkVersion).isEqualTo(FlinkVersions.operatorName(from.group(1)));
        assertThat(FlinkVersions.FLINK_2).contains(flinkVersion);
    }

    @Test
    void strictParsingRefusesFieldsTheOperatorDoesNotKnow() {
        Manifests manifests = Chart.render("minimal.yaml");
        ObjectNode flink =
                manifests.document("FlinkDeployment", "plant-yield-analytics").deepCopy();
        ((ObjectNode) flink.at("/spec/job")).put("upgradeStrategy", "savepoint");
        String withTypo = Manifests.STRICT.valueToTree(flink).toString();

        assertThatThrownBy(() -> Manifests.parse(withTypo)).hasMessageContaining("upgradeStrategy");

        ObjectNode deployment = manifests.document("Deployment", "plant-mes-service").deepCopy();
        ((ObjectNode) deployment.at("/spec/template/spec/containers/0"))
                .put("readOnlyRootFileSystem", true);
        assertThatThrownBy(() -> Manifests.parse(deployment.toString()))
                .hasMessageContaining("readOnlyRootFileSystem");

        ObjectNode unquoted = manifests.document("Deployment", "plant-mes-service").deepCopy();
        ((ObjectNode) unquoted.at("/spec/template/spec/containers/0/env/0")).put("value", 8080);
        assertThatThrownBy(() -> Manifests.parse(unquoted.toString()))
                .as("an unquoted number where the API wants a string")
                .hasMessageContaining("value");
    }
}
