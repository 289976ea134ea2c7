package io.gigafab.simulator;

import java.util.List;
import org.eclipse.milo.opcua.sdk.server.nodes.UaVariableNode;
import org.eclipse.milo.opcua.stack.core.types.builtin.DataValue;
import org.eclipse.milo.opcua.stack.core.types.builtin.DateTime;
import org.eclipse.milo.opcua.stack.core.types.builtin.StatusCode;
import org.eclipse.milo.opcua.stack.core.types.builtin.Variant;

/** The variable nodes of one coater, and how a {@link CoaterReading} is shown on them. */
public record CoaterNodes(
        MachineNodes machine,
        UaVariableNode webSpeed,
        UaVariableNode coatWeight,
        UaVariableNode wetThickness,
        List<? extends UaVariableNode> dryerZoneTemps,
        UaVariableNode residualMoisture,
        UaVariableNode motherRollId,
        UaVariableNode positionM) {

    public CoaterNodes {
        dryerZoneTemps = List.copyOf(dryerZoneTemps);
    }

    /** Set every variable to the reading, all stamped with the same source time. */
    public void show(CoaterReading reading) {
        if (reading.dryerZoneTemps().size() != dryerZoneTemps.size()) {
            throw new IllegalArgumentException("reading has a different number of dryer zones");
        }
        DateTime now = DateTime.now();
        machine.show(reading.state(), reading.mode(), now);
        set(motherRollId, Variant.ofString(reading.motherRollId()), now);
        set(positionM, Variant.ofDouble(reading.positionM()), now);
        set(webSpeed, Variant.ofDouble(reading.webSpeed()), now);
        set(coatWeight, Variant.ofDouble(reading.coatWeight()), now);
        set(wetThickness, Variant.ofDouble(reading.wetThickness()), now);
        for (int zone = 0; zone < dryerZoneTemps.size(); zone++) {
            set(
                    dryerZoneTemps.get(zone),
                    Variant.ofDouble(reading.dryerZoneTemps().get(zone)),
                    now);
        }
        set(residualMoisture, Variant.ofDouble(reading.residualMoisture()), now);
    }

    private static void set(UaVariableNode node, Variant value, DateTime sourceTime) {
        node.setValue(new DataValue(value, StatusCode.GOOD, sourceTime));
    }
}
