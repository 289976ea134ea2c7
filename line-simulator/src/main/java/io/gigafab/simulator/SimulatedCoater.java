package io.gigafab.simulator;

import java.time.Duration;

/** A coater's process model wired to its OPC UA nodes. */
record SimulatedCoater(String equipmentId, CoaterProcess process, CoaterNodes nodes) {

    static SimulatedCoater create(String equipmentId, CoaterProcess process, CoaterNodes nodes) {
        nodes.show(process.current());
        return new SimulatedCoater(equipmentId, process, nodes);
    }

    void advance(Duration elapsed) {
        nodes.show(process.advance(elapsed));
    }
}
