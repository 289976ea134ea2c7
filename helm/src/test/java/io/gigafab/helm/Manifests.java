package io.gigafab.helm;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.cfg.MapperConfig;
import com.fasterxml.jackson.databind.introspect.Annotated;
import com.fasterxml.jackson.databind.introspect.JacksonAnnotationIntrospector;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.fabric8.kubernetes.api.model.rbac.Role;
import io.fabric8.kubernetes.api.model.rbac.RoleBinding;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.flink.kubernetes.operator.api.FlinkDeployment;

/**
 * Every manifest of one rendering, each parsed into its fabric8 (or Flink operator) model class.
 * Parsing is strict: a field the Kubernetes API does not know, or a value of the wrong type (an
 * unquoted number where a string belongs), fails — as the API server would refuse it.
 */
final class Manifests {

    /** The kinds the chart may render, with the model class each must parse into. */
    private static final Map<String, Class<? extends HasMetadata>> MODELS =
            Map.ofEntries(
                    Map.entry("v1/ConfigMap", ConfigMap.class),
                    Map.entry("v1/Secret", Secret.class),
                    Map.entry("v1/Service", Service.class),
                    Map.entry("v1/ServiceAccount", ServiceAccount.class),
                    Map.entry("v1/PersistentVolumeClaim", PersistentVolumeClaim.class),
                    Map.entry("apps/v1/Deployment", Deployment.class),
                    Map.entry("policy/v1/PodDisruptionBudget", PodDisruptionBudget.class),
                    Map.entry("networking.k8s.io/v1/NetworkPolicy", NetworkPolicy.class),
                    Map.entry("networking.k8s.io/v1/Ingress", Ingress.class),
                    Map.entry("rbac.authorization.k8s.io/v1/Role", Role.class),
                    Map.entry("rbac.authorization.k8s.io/v1/RoleBinding", RoleBinding.class),
                    Map.entry("flink.apache.org/v1beta1/FlinkDeployment", FlinkDeployment.class),
                    // custom resources without a model on Maven Central: metadata checked strictly
                    Map.entry(
                            "kafka.strimzi.io/v1beta2/KafkaTopic", GenericKubernetesResource.class),
                    Map.entry(
                            "k8s.keycloak.org/v2alpha1/KeycloakRealmImport",
                            GenericKubernetesResource.class),
                    Map.entry(
                            "monitoring.coreos.com/v1/ServiceMonitor",
                            GenericKubernetesResource.class));

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    static final ObjectMapper STRICT =
            JsonMapper.builder()
                    .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                    .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                    .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                    .annotationIntrospector(new NoCatchAllFields())
                    // the API server refuses `value: 8080` where a string belongs
                    .withCoercionConfig(
                            LogicalType.Textual,
                            c ->
                                    c.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                                            .setCoercion(
                                                    CoercionInputShape.Float, CoercionAction.Fail)
                                            .setCoercion(
                                                    CoercionInputShape.Boolean,
                                                    CoercionAction.Fail))
                    .build();

    /** The raw documents and their parsed models, in rendering order. */
    private final List<JsonNode> documents;

    private final List<HasMetadata> resources;

    private Manifests(List<JsonNode> documents, List<HasMetadata> resources) {
        this.documents = documents;
        this.resources = resources;
    }

    static Manifests parse(String rendered) {
        List<JsonNode> documents = new ArrayList<>();
        List<HasMetadata> resources = new ArrayList<>();
        try {
            for (JsonNode document :
                    YAML.readValues(YAML.getFactory().createParser(rendered), JsonNode.class)
                            .readAll()) {
                if (document == null || document.isNull() || document.isEmpty()) {
                    continue;
                }
                documents.add(document);
                resources.add(toModel(document));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Manifests(List.copyOf(documents), List.copyOf(resources));
    }

    private static HasMetadata toModel(JsonNode document) {
        String type = document.path("apiVersion").asText() + "/" + document.path("kind").asText();
        Class<? extends HasMetadata> model = MODELS.get(type);
        if (model == null) {
            throw new AssertionError("the chart renders " + type + ", which no test knows");
        }
        try {
            if (model == GenericKubernetesResource.class) {
                return customResource(document);
            }
            JsonNode input = document;
            if (model == FlinkDeployment.class) {
                input = FlinkVersions.withoutFlinkVersion(document);
            }
            return STRICT.treeToValue(input, model);
        } catch (JsonProcessingException e) {
            throw new AssertionError(
                    type + " " + document.at("/metadata/name").asText() + ": " + e.getMessage(), e);
        }
    }

    /** A custom resource without a model: strict metadata, and nothing beside metadata and spec. */
    private static HasMetadata customResource(JsonNode document) throws JsonProcessingException {
        STRICT.treeToValue(document.get("metadata"), ObjectMeta.class);
        document.fieldNames()
                .forEachRemaining(
                        field -> {
                            if (!List.of("apiVersion", "kind", "metadata", "spec")
                                    .contains(field)) {
                                throw new AssertionError("unknown top-level field " + field);
                            }
                        });
        return YAML.treeToValue(document, GenericKubernetesResource.class);
    }

    List<JsonNode> documents() {
        return documents;
    }

    List<HasMetadata> all() {
        return resources;
    }

    <T extends HasMetadata> List<T> all(Class<T> type) {
        return resources.stream().filter(type::isInstance).map(type::cast).toList();
    }

    List<GenericKubernetesResource> all(String kind) {
        return all(GenericKubernetesResource.class).stream()
                .filter(r -> kind.equals(r.getKind()))
                .toList();
    }

    <T extends HasMetadata> Optional<T> find(Class<T> type, String name) {
        return all(type).stream().filter(r -> name.equals(r.getMetadata().getName())).findFirst();
    }

    <T extends HasMetadata> T get(Class<T> type, String name) {
        return find(type, name)
                .orElseThrow(
                        () -> new AssertionError("no " + type.getSimpleName() + " named " + name));
    }

    /** The raw document of a resource, e.g. to read fields of a custom resource. */
    JsonNode document(String kind, String name) {
        return documents.stream()
                .filter(d -> kind.equals(d.path("kind").asText()))
                .filter(d -> name.equals(d.at("/metadata/name").asText()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " named " + name));
    }

    /** Every pod spec the release creates: Deployments, and the Flink pod template. */
    Map<String, PodSpec> podSpecs() {
        var specs = new java.util.LinkedHashMap<String, PodSpec>();
        all(Deployment.class)
                .forEach(
                        d ->
                                specs.put(
                                        "Deployment " + d.getMetadata().getName(),
                                        d.getSpec().getTemplate().getSpec()));
        all(FlinkDeployment.class)
                .forEach(
                        f ->
                                specs.put(
                                        "FlinkDeployment " + f.getMetadata().getName(),
                                        f.getSpec().getPodTemplate().getSpec()));
        return specs;
    }

    /** Every container with the pod it belongs to, as "pod/container". */
    Map<String, Container> containers() {
        var containers = new java.util.LinkedHashMap<String, Container>();
        podSpecs()
                .forEach(
                        (pod, spec) ->
                                Stream.concat(
                                                spec.getInitContainers().stream(),
                                                spec.getContainers().stream())
                                        .forEach(c -> containers.put(pod + "/" + c.getName(), c)));
        return containers;
    }

    /**
     * fabric8's model classes keep unknown fields in a catch-all map ({@code @JsonAnySetter});
     * without it, Jackson reports them as unknown properties. The Flink operator's spec classes say
     * {@code @JsonIgnoreProperties(ignoreUnknown = true)}; that is switched off too.
     */
    private static final class NoCatchAllFields extends JacksonAnnotationIntrospector {
        @Override
        public Boolean hasAnySetter(Annotated annotated) {
            return Boolean.FALSE;
        }

        @Override
        public JsonIgnoreProperties.Value findPropertyIgnoralByName(
                MapperConfig<?> config, Annotated annotated) {
            return super.findPropertyIgnoralByName(config, annotated).withoutIgnoreUnknown();
        }
    }
}
