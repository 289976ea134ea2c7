package io.gigafab.simulator;

import static io.gigafab.simulator.ScenarioMethod.value;
import static org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.Unsigned.uint;

import io.gigafab.simulator.line.Fault;
import io.gigafab.simulator.line.Line;
import java.util.List;
import org.eclipse.milo.opcua.sdk.core.ValueRanks;
import org.eclipse.milo.opcua.sdk.server.OpcUaServer;
import org.eclipse.milo.opcua.sdk.server.nodes.UaMethodNode;
import org.eclipse.milo.opcua.sdk.server.nodes.UaObjectNode;
import org.eclipse.milo.opcua.sdk.server.nodes.UaVariableNode;
import org.eclipse.milo.opcua.stack.core.NodeIds;
import org.eclipse.milo.opcua.stack.core.types.builtin.DataValue;
import org.eclipse.milo.opcua.stack.core.types.builtin.DateTime;
import org.eclipse.milo.opcua.stack.core.types.builtin.LocalizedText;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;
import org.eclipse.milo.opcua.stack.core.types.builtin.StatusCode;
import org.eclipse.milo.opcua.stack.core.types.builtin.Variant;
import org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.UInteger;
import org.eclipse.milo.opcua.stack.core.types.structured.Argument;

/**
 * The scenario control surface on OPC UA: {@code Objects/Simulation} with the methods {@code
 * InjectFault}, {@code ClearFaults} and {@code SetSpeedUp} and read-only variables showing where
 * the scenario stands ({@code SimulatedTimeS}, {@code SpeedUp}, {@code ActiveFaults}, {@code
 * CellsFinished}, {@code Seed}, {@code Design}), refreshed on every server tick by {@link #show()}.
 * Node ids are strings {@code Simulation/<name>} in {@link #URI}.
 */
public final class SimulationNamespace extends SimulatorNamespace {

    public static final String URI = "urn:gigafab:line-simulator:simulation";
    public static final String OBJECT = "Simulation";

    private static final String MAGNITUDE_MEANING =
            "°C for DRYER_DRIFT and DEW_POINT_EXCURSION, mm for STACKER_MISALIGNMENT, the channel"
                    + " number (1-based across all trays) for FORMATION_CHANNEL_FAULT; ignored for"
                    + " GAUGE_FAILURE and MACHINE_STOP";

    /** Counting finished cells copies the line's list of them, so it is done once a second. */
    private final ScenarioControl control;

    private UaVariableNode simulatedTime;
    private UaVariableNode speedUp;
    private UaVariableNode activeFaults;
    private UaVariableNode cellsFinished;

    public SimulationNamespace(OpcUaServer server, ScenarioControl control) {
        super(server, URI);
        this.control = control;
        getLifecycleManager().addStartupTask(this::addNodes);
    }

    private void addNodes() {
        UaObjectNode simulation =
                new UaObjectNode.UaObjectNodeBuilder(getNodeContext())
                        .setNodeId(newNodeId(OBJECT))
                        .setBrowseName(newQualifiedName(OBJECT))
                        .setDisplayName(LocalizedText.english(OBJECT))
                        .setDescription(LocalizedText.english("Scenario control of the line"))
                        .setTypeDefinition(NodeIds.BaseObjectType)
                        .buildAndAdd();
        linkToParent(simulation, NodeIds.ObjectsFolder, NodeIds.Organizes);
        NodeId id = simulation.getNodeId();
        addVariables(id);
        addInjectFault(id);
        addClearFaults(id);
        addSetSpeedUp(id);
        show();
    }

    private void addVariables(NodeId simulation) {
        Line line = control.line();
        simulatedTime = variable(simulation, "SimulatedTimeS", NodeIds.Double, Variant.ofDouble(0));
        speedUp = variable(simulation, "SpeedUp", NodeIds.Double, Variant.ofDouble(1));
        activeFaults =
                variable(simulation, "ActiveFaults", NodeIds.String, new Variant(new String[0]));
        activeFaults.setValueRank(ValueRanks.OneDimension);
        activeFaults.setArrayDimensions(new UInteger[] {uint(0)});
        cellsFinished = variable(simulation, "CellsFinished", NodeIds.Int32, Variant.ofInt32(0));
        variable(simulation, "Seed", NodeIds.Int64, Variant.ofInt64(line.definition().seed()));
        variable(
                simulation, "Design", NodeIds.String, Variant.ofString(line.definition().design()));
    }

    private UaVariableNode variable(NodeId parent, String name, NodeId dataType, Variant value) {
        return addVariable(parent, newQualifiedName(name), dataType, value);
    }

    private void addInjectFault(NodeId simulation) {
        Argument[] inputs = {
            argument(ScenarioParameter.KIND, NodeIds.String, "DRYER_DRIFT, GAUGE_FAILURE, …"),
            argument(ScenarioParameter.EQUIPMENT_ID, NodeIds.String, "machine, e.g. COAT-C01"),
            argument(ScenarioParameter.MAGNITUDE, NodeIds.Double, MAGNITUDE_MEANING),
            argument(ScenarioParameter.DURATION_MINUTES, NodeIds.Double, "simulated minutes > 0")
        };
        Argument[] outputs = {
            new Argument(
                    "Description",
                    NodeIds.String,
                    ValueRanks.Scalar,
                    null,
                    LocalizedText.english("the fault injected"))
        };
        addMethod(
                simulation,
                "InjectFault",
                "Inject a fault on one machine, starting now",
                List.of(
                        ScenarioParameter.KIND,
                        ScenarioParameter.EQUIPMENT_ID,
                        ScenarioParameter.MAGNITUDE,
                        ScenarioParameter.DURATION_MINUTES),
                inputs,
                outputs,
                in -> {
                    Fault fault =
                            control.injectFault(
                                    value(in, 0, String.class),
                                    value(in, 1, String.class),
                                    value(in, 2, Double.class),
                                    value(in, 3, Double.class));
                    return new Variant[] {Variant.ofString(ScenarioControl.describe(fault))};
                });
    }

    private void addClearFaults(NodeId simulation) {
        Argument[] outputs = {
            new Argument(
                    "Cleared",
                    NodeIds.Int32,
                    ValueRanks.Scalar,
                    null,
                    LocalizedText.english("how many faults were removed"))
        };
        addMethod(
                simulation,
                "ClearFaults",
                "Remove every fault: in force, over and scheduled",
                List.of(),
                new Argument[0],
                outputs,
                in -> new Variant[] {Variant.ofInt32(control.clearFaults())});
    }

    private void addSetSpeedUp(NodeId simulation) {
        Argument[] inputs = {
            argument(ScenarioParameter.FACTOR, NodeIds.Double, "simulated s per real s (0, 1e5]")
        };
        addMethod(
                simulation,
                "SetSpeedUp",
                "Set how many simulated seconds pass per real second",
                List.of(ScenarioParameter.FACTOR),
                inputs,
                new Argument[0],
                in -> {
                    Double factor = value(in, 0, Double.class);
                    control.speedUp(factor == null ? Double.NaN : factor);
                    return new Variant[0];
                });
    }

    private void addMethod(
            NodeId simulation,
            String name,
            String description,
            List<ScenarioParameter> parameters,
            Argument[] inputs,
            Argument[] outputs,
            ScenarioMethod.Action action) {
        UaMethodNode method =
                UaMethodNode.builder(getNodeContext())
                        .setNodeId(childId(simulation, newQualifiedName(name)))
                        .setBrowseName(newQualifiedName(name))
                        .setDisplayName(LocalizedText.english(name))
                        .setDescription(LocalizedText.english(description))
                        .build();
        var handler = new ScenarioMethod(method, parameters, inputs, outputs, action);
        if (inputs.length > 0) {
            method.setInputArguments(inputs);
        }
        if (outputs.length > 0) {
            method.setOutputArguments(outputs);
        }
        method.setInvocationHandler(handler);
        getNodeManager().addNode(method);
        linkToParent(method, simulation, NodeIds.HasComponent);
    }

    private static Argument argument(ScenarioParameter parameter, NodeId type, String meaning) {
        return new Argument(
                parameter.argumentName(),
                type,
                ValueRanks.Scalar,
                null,
                LocalizedText.english(meaning));
    }

    /** Show where the scenario stands; called on every server tick, so kept cheap. */
    synchronized void show() {
        Line line = control.line();
        String[] faults =
                control.faultsInForce().stream()
                        .map(ScenarioControl::describe)
                        .toArray(String[]::new);
        DateTime now = DateTime.now();
        show(simulatedTime, Variant.ofDouble(line.nowS()), now);
        show(speedUp, Variant.ofDouble(line.speedUp()), now);
        show(activeFaults, new Variant(faults), now);
        show(cellsFinished, Variant.ofInt32(control.cellsFinished()), now);
    }

    private static void show(UaVariableNode node, Variant value, DateTime now) {
        node.setValue(new DataValue(value, StatusCode.GOOD, now, now));
    }
}
