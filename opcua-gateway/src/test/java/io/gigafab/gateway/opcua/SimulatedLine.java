package io.gigafab.gateway.opcua;

import io.gigafab.simulator.EquipmentServer;
import io.gigafab.simulator.SimulatorSecurity;
import io.gigafab.simulator.line.LineDefinition;
import io.gigafab.simulator.line.LineDefinitions;
import java.io.IOException;

/**
 * The test peer: the line simulator's OPC UA server on a free port, with a small LFP line sped up
 * 20× and warmed up 3 h, so every machine has work (rolls on the coater, cells in formation).
 */
final class SimulatedLine {

    private SimulatedLine() {}

    static EquipmentServer start() throws IOException {
        return start(0, SimulatorSecurity.insecure(), "GW");
    }

    static EquipmentServer start(int port, SimulatorSecurity security, String runId)
            throws IOException {
        return EquipmentServer.builder()
                .port(port)
                .security(security)
                .line(definition(runId))
                .start();
    }

    static LineDefinition definition(String runId) {
        return LineDefinitions.compressed("LFP-280P", runId, 5, 20, 3);
    }
}
