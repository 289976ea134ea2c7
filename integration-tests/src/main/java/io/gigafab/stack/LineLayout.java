package io.gigafab.stack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;

/**
 * What the line driver must know of the simulated line to book it like its operators: the length of
 * a mother roll and how many lanes the slitter cuts it into (each lane a daughter roll over the
 * whole length). Read from the simulator's line definition, with the simulator's defaults.
 *
 * @param rollLengthM mother roll length in metres
 * @param lanes daughter rolls per mother roll
 */
public record LineLayout(double rollLengthM, int lanes) {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    /** The cell machines of the simulated line L1, by the operation they perform. */
    public static final Map<String, String> CELL_MACHINES =
            Map.of(
                    "STACKING", "STACK-01",
                    "FILLING", "FILL-01",
                    "FORMATION", "FORM-01",
                    "AGING", "AGE-01",
                    "GRADING", "GRADE-01");

    /** The definition of the line the plant-in-a-box simulates. */
    public static Path demoLine() {
        return Repository.root().resolve("line-simulator/lines/lfp-demo.yaml");
    }

    public static LineLayout read(Path definition) {
        try {
            JsonNode line = YAML.readTree(definition.toFile());
            return new LineLayout(
                    line.path("rollLengthM").asDouble(3000), line.path("lanes").asInt(4));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read line definition " + definition, e);
        }
    }
}
