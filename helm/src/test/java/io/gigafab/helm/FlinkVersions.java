package io.gigafab.helm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Set;

/**
 * The one field of a FlinkDeployment the operator API model on Maven Central cannot judge. The
 * newest {@code flink-kubernetes-operator-api} published there is 1.10.0, whose {@code
 * FlinkVersion} enum ends at v1_20; Flink 2.x needs operator 1.11+ (v2_0), 1.12+ (v2_1) and 1.13+
 * (v2_2). So {@code spec.flinkVersion} is taken out before the rest of the spec is parsed with the
 * 1.10.0 model, and checked here against the versions of the operator releases that run Flink 2.
 */
final class FlinkVersions {

    /** FlinkVersion values of operator 1.13 for Flink 2 (the chart deploys a Flink 2 job). */
    static final Set<String> FLINK_2 = Set.of("v2_0", "v2_1", "v2_2");

    private FlinkVersions() {}

    static JsonNode withoutFlinkVersion(JsonNode flinkDeployment) {
        ObjectNode copy = flinkDeployment.deepCopy();
        ((ObjectNode) copy.path("spec")).remove("flinkVersion");
        return copy;
    }

    /** "2.2.1" (a Flink release) → "v2_2" (the operator's name for it). */
    static String operatorName(String flinkRelease) {
        String[] parts = flinkRelease.split("\\.");
        return "v" + parts[0] + "_" + parts[1];
    }
}
