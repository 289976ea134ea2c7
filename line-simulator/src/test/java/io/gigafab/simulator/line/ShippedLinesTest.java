package io.gigafab.simulator.line;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every line definition shipped in {@code lines/} loads and builds a line that makes cells. */
class ShippedLinesTest {

    @Test
    void everyShippedLineBuildsAndProducesGradedCells() throws IOException {
        List<Path> files;
        try (Stream<Path> listing = Files.list(Path.of("lines"))) {
            files = listing.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThanOrEqualTo(4);
        for (Path file : files) {
            LineDefinition definition = LineDefinitions.read(file);
            Line line = Line.build(definition, LineModelTest.library);
            if (definition.formationHours() < 1) {
                line.advanceSimulated(2 * 3600);
                assertThat(line.finishedCells())
                        .as(file.toString())
                        .anyMatch(c -> c.grade() != null && !"SCRAP".equals(c.grade()));
            }
            assertThat(line.stations()).as(file.toString()).hasSize(11);
        }
    }
}
