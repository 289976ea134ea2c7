package io.gigafab.helm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.marcnuri.helm.Helm;
import com.marcnuri.helm.LintResult;
import com.marcnuri.helm.TemplateCommand;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * The chart under test, driven through the real Helm library (helm-java, no helm binary, no
 * cluster). Value sets are the files under {@code src/test/resources/values}, as a plant would pass
 * them with {@code -f}.
 */
final class Chart {

    static final Path DIRECTORY = Path.of("gigafab");
    static final Path VALUE_SETS = Path.of("src/test/resources/values");
    static final String RELEASE = "plant";

    /** The realistic value sets every structural and security check runs against. */
    static final List<String> VALUE_SET_NAMES =
            List.of(
                    "minimal.yaml",
                    "small-plant-external-kafka.yaml",
                    "large-plant-strimzi.yaml",
                    "demo-simulator-offline.yaml");

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private Chart() {}

    /** {@code helm template plant gigafab -f <valueSet>} with further options, parsed strictly. */
    static Manifests render(String valueSet, UnaryOperator<TemplateCommand> options) {
        return Manifests.parse(renderText(valueSet, options));
    }

    static Manifests render(String valueSet) {
        return render(valueSet, UnaryOperator.identity());
    }

    /** The rendered YAML; throws with Helm's message when the values are refused. */
    static String renderText(String valueSet, UnaryOperator<TemplateCommand> options) {
        TemplateCommand template =
                new Helm(DIRECTORY).template().withName(RELEASE).withNamespace("gigafab");
        if (valueSet != null) {
            template = template.withValuesFile(VALUE_SETS.resolve(valueSet));
        }
        return options.apply(template).call();
    }

    /**
     * {@code helm lint --strict} with a value set. helm-java's lint takes no values file, so the
     * chart is copied and its values.yaml replaced by the defaults merged with the value set — what
     * Helm itself does with {@code -f}.
     */
    static LintResult lintStrict(String valueSet) {
        try {
            Path copy = Files.createTempDirectory("gigafab-chart-");
            copyTree(DIRECTORY, copy);
            ObjectNode values =
                    (ObjectNode) YAML.readTree(DIRECTORY.resolve("values.yaml").toFile());
            if (valueSet != null) {
                merge(values, (ObjectNode) YAML.readTree(VALUE_SETS.resolve(valueSet).toFile()));
            }
            YAML.writeValue(copy.resolve("values.yaml").toFile(), values);
            return new Helm(copy).lint().strict().call();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Helm's merge of a values file over the defaults: maps merge, everything else replaces. */
    private static void merge(ObjectNode target, ObjectNode overrides) {
        for (Iterator<Map.Entry<String, JsonNode>> it = overrides.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            JsonNode existing = target.get(entry.getKey());
            if (existing instanceof ObjectNode object && entry.getValue() instanceof ObjectNode o) {
                merge(object, o);
            } else {
                target.set(entry.getKey(), entry.getValue());
            }
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path source : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
    }
}
