package io.gigafab.simulator.line;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads line definitions from YAML on top of the defaults; a typo is an error, not ignored. */
public final class LineDefinitions {

    private static final ObjectMapper YAML =
            new ObjectMapper(new YAMLFactory())
                    .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private LineDefinitions() {}

    /** An LFP line at real speed: 20 h soak, 12 h formation, 7 days aging. */
    public static LineDefinition defaults() {
        return new LineDefinition(
                "gf1",
                "cells",
                "L1",
                "LFP-280P",
                "R1",
                42,
                1.0,
                1.0,
                3000,
                4,
                0.2,
                2,
                16,
                12,
                20,
                168,
                7,
                20,
                5,
                8,
                0,
                2,
                Map.of(),
                List.of());
    }

    /**
     * A line with soak, formation and aging compressed to minutes (1,000 m rolls, 2 trays of 16
     * channels, 30 min formation, 15 min soak, 1 h aging) so cells reach grading soon after start:
     * for tests and quick demos.
     */
    public static LineDefinition compressed(
            String design, String runId, long seed, double speedUp, double warmUpHours) {
        LineDefinition d = defaults();
        return new LineDefinition(
                d.site(),
                d.area(),
                d.line(),
                design,
                runId,
                seed,
                speedUp,
                1.0,
                1000,
                4,
                0.2,
                2,
                16,
                0.5,
                0.25,
                1.0,
                7,
                20,
                2,
                3,
                warmUpHours,
                2,
                Map.of(),
                List.of());
    }

    public static LineDefinition read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        } catch (IOException e) {
            throw new IllegalArgumentException(
                    "cannot read line definition " + file + ": " + e.getMessage(), e);
        }
    }

    public static LineDefinition read(InputStream yaml, String name) {
        try {
            @SuppressWarnings("unchecked")
            Map<String, Object> given = YAML.readValue(yaml, Map.class);
            @SuppressWarnings("unchecked")
            Map<String, Object> merged =
                    new LinkedHashMap<>(YAML.convertValue(defaults(), Map.class));
            if (given != null) {
                merged.putAll(given);
            }
            return YAML.convertValue(merged, LineDefinition.class);
        } catch (IOException e) {
            throw new IllegalArgumentException(
                    name + ": not a line definition: " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(name + ": " + reason(e), e);
        }
    }

    private static String reason(IllegalArgumentException e) {
        Throwable cause = e.getCause();
        if (cause instanceof JsonMappingException mapping) {
            return mapping.getOriginalMessage();
        }
        return e.getMessage();
    }
}
