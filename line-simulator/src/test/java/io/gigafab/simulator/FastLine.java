package io.gigafab.simulator;

import io.gigafab.simulator.line.LineDefinition;
import io.gigafab.simulator.line.LineDefinitions;

/** A small LFP-280P line with compressed soak, formation and aging, 3 h warmed up, speed-up 20. */
final class FastLine {

    static final double SPEED_UP = 20;

    private FastLine() {}

    static LineDefinition definition(String runId) {
        return LineDefinitions.compressed("LFP-280P", runId, 5, SPEED_UP, 3);
    }
}
