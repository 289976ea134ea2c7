package io.gigafab.simulator;

import io.gigafab.simulator.line.LineDefinition;
import io.gigafab.simulator.line.LineDefinitions;
import java.util.List;
import java.util.Map;

/** A small LFP-280P line with compressed soak, formation and aging, 3 h warmed up, speed-up 20. */
final class FastLine {

    static final double SPEED_UP = 20;

    private FastLine() {}

    static LineDefinition definition(String runId) {
        LineDefinition d = LineDefinitions.defaults();
        return new LineDefinition(
                d.site(),
                d.area(),
                d.line(),
                "LFP-280P",
                runId,
                5,
                SPEED_UP,
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
                3,
                Map.of(),
                List.of());
    }
}
