package io.gigafab.simulator;

import io.gigafab.simulator.line.SetpointSpec;
import io.gigafab.simulator.line.Signal;
import io.gigafab.simulator.line.Station;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.milo.opcua.sdk.server.OpcUaServer;
import org.eclipse.milo.opcua.sdk.server.nodes.UaVariableNode;
import org.eclipse.milo.opcua.stack.core.NodeIds;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;
import org.eclipse.milo.opcua.stack.core.types.builtin.Variant;
import org.eclipse.milo.opcua.stack.core.types.structured.Range;

/**
 * The machines of one equipment family (coaters, calenders, …), each as {@code
 * Objects/Machines/<equipmentId>} with identification and state, its signals (process values as
 * AnalogItems with EngineeringUnits and EURange, context values as plain variables, grouped in
 * sub-objects such as {@code Tray01/Ch03}) and a {@code Recipe} object with writable setpoints.
 * Node ids are strings {@code <equipmentId>/<path>} in {@code urn:gigafab:line-simulator:<family>}.
 */
public final class StationNamespace extends MachineNamespace {

    public static final String URI_PREFIX = "urn:gigafab:line-simulator:";

    public StationNamespace(OpcUaServer server, String family, MachineryNamespace machinery) {
        super(server, URI_PREFIX + family.toLowerCase(Locale.ROOT), machinery);
    }

    /** Add one machine's nodes; call after {@link #startup()}. */
    StationNodes addStation(Station station, MachineIdentity identity) {
        MachineNodes machine = addMachine(identity);
        NodeId machineId = machine.machine().getNodeId();
        Map<String, NodeId> groups = new HashMap<>();
        List<UaVariableNode> nodes = new ArrayList<>();
        Object[] initial = station.values();
        List<Signal> signals = station.signals();
        for (int i = 0; i < signals.size(); i++) {
            Signal signal = signals.get(i);
            NodeId parent = group(machineId, signal.path(), groups);
            nodes.add(addSignal(parent, leaf(signal.path()), signal, initial[i]));
        }
        addRecipeNodes(machineId, station);
        return new StationNodes(station, machine, nodes);
    }

    private UaVariableNode addSignal(NodeId parent, String name, Signal signal, Object initial) {
        if (signal.kind() == Signal.Kind.PROCESS_VALUE) {
            var item =
                    addAnalogItem(
                            parent,
                            newQualifiedName(name),
                            EngineeringUnits.of(signal.unit()),
                            new Range(signal.low(), signal.high()));
            if (signal.type() == double[].class) {
                item.setValueRank(1);
            }
            return item;
        }
        return addVariable(
                parent,
                newQualifiedName(name),
                dataType(signal.type()),
                StationNodes.variant(initial == null ? "" : initial));
    }

    private void addRecipeNodes(NodeId machineId, Station station) {
        NodeId recipe =
                addObject(
                                machineId,
                                newQualifiedName("Recipe"),
                                NodeIds.BaseObjectType,
                                NodeIds.HasComponent)
                        .getNodeId();
        addWritableVariable(
                recipe, newQualifiedName("ActiveRecipeId"), NodeIds.String, Variant.ofString(""));
        addWritableVariable(
                recipe, newQualifiedName("ActiveRecipeVersion"), NodeIds.Int32, Variant.ofInt32(0));
        for (SetpointSpec spec : station.setpoints().specs()) {
            var item =
                    addAnalogItem(
                            recipe,
                            newQualifiedName(spec.name()),
                            EngineeringUnits.of(spec.unit()),
                            new Range(spec.min(), spec.max()));
            item.setValue(
                    new org.eclipse.milo.opcua.stack.core.types.builtin.DataValue(
                            Variant.ofDouble(station.setpoints().get(spec.name()))));
            SetpointWrites.allow(item, station.setpoints(), spec.name());
        }
    }

    /** The object that holds a signal with a path like {@code Tray01/Ch03/Voltage}. */
    private NodeId group(NodeId machineId, String path, Map<String, NodeId> groups) {
        NodeId parent = machineId;
        String[] parts = path.split("/");
        StringBuilder prefix = new StringBuilder();
        for (int i = 0; i < parts.length - 1; i++) {
            prefix.append(parts[i]).append('/');
            NodeId above = parent;
            String name = parts[i];
            parent =
                    groups.computeIfAbsent(
                            prefix.toString(),
                            key ->
                                    addObject(
                                                    above,
                                                    newQualifiedName(name),
                                                    NodeIds.BaseObjectType,
                                                    NodeIds.HasComponent)
                                            .getNodeId());
        }
        return parent;
    }

    private static String leaf(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    private static NodeId dataType(Class<?> type) {
        if (type == String.class) {
            return NodeIds.String;
        }
        if (type == Integer.class) {
            return NodeIds.Int32;
        }
        if (type == Boolean.class) {
            return NodeIds.Boolean;
        }
        return NodeIds.Double;
    }
}
