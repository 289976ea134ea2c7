package io.gigafab.simulator;

import io.gigafab.simulator.line.SensorFault;
import io.gigafab.simulator.line.Station;
import java.util.List;
import org.eclipse.milo.opcua.sdk.server.nodes.UaVariableNode;
import org.eclipse.milo.opcua.stack.core.StatusCodes;
import org.eclipse.milo.opcua.stack.core.types.builtin.DataValue;
import org.eclipse.milo.opcua.stack.core.types.builtin.DateTime;
import org.eclipse.milo.opcua.stack.core.types.builtin.StatusCode;
import org.eclipse.milo.opcua.stack.core.types.builtin.Variant;

/**
 * The variable nodes of one simulated machine, one per signal in the station's order, and how the
 * station's latest values are shown on them. A failed sensor keeps its last value with status
 * Bad_SensorFailure, as real equipment reports it.
 */
record StationNodes(Station station, MachineNodes machine, List<UaVariableNode> signals) {

    private static final StatusCode SENSOR_FAILURE = new StatusCode(StatusCodes.Bad_SensorFailure);

    StationNodes {
        signals = List.copyOf(signals);
    }

    /** Show the station's current values, all stamped with the same source time. */
    void show() {
        DateTime now = DateTime.now();
        machine.show(station.state(), MachineryOperationMode.PROCESSING, now);
        Object[] values = station.values();
        for (int i = 0; i < values.length; i++) {
            UaVariableNode node = signals.get(i);
            if (values[i] == SensorFault.FAILED) {
                Variant last = node.getValue().getValue();
                node.setValue(new DataValue(last, SENSOR_FAILURE, now, now));
            } else {
                node.setValue(new DataValue(variant(values[i]), StatusCode.GOOD, now, now));
            }
        }
    }

    static Variant variant(Object value) {
        if (value instanceof Double number) {
            return Variant.ofDouble(number);
        }
        if (value instanceof Integer number) {
            return Variant.ofInt32(number);
        }
        if (value instanceof Boolean flag) {
            return Variant.ofBoolean(flag);
        }
        if (value instanceof String text) {
            return Variant.ofString(text);
        }
        if (value instanceof double[] profile) {
            Double[] boxed = new Double[profile.length];
            for (int i = 0; i < profile.length; i++) {
                boxed[i] = profile[i];
            }
            return new Variant(boxed);
        }
        throw new IllegalArgumentException("cannot show " + value + " on OPC UA");
    }
}
