package io.gigafab.simulator;

import static io.gigafab.simulator.EngineeringUnits.DEGREE_CELSIUS;
import static io.gigafab.simulator.EngineeringUnits.METRE_PER_MINUTE;
import static io.gigafab.simulator.EngineeringUnits.MICROMETRE;
import static io.gigafab.simulator.EngineeringUnits.MILLIGRAM_PER_SQUARE_CENTIMETRE;
import static io.gigafab.simulator.EngineeringUnits.PARTS_PER_MILLION;

import java.util.List;
import java.util.stream.IntStream;
import org.eclipse.milo.opcua.sdk.server.OpcUaServer;
import org.eclipse.milo.opcua.sdk.server.model.variables.AnalogItemTypeNode;
import org.eclipse.milo.opcua.stack.core.NodeIds;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;
import org.eclipse.milo.opcua.stack.core.types.builtin.Variant;
import org.eclipse.milo.opcua.stack.core.types.structured.Range;

/**
 * The electrode coaters of the simulated line. Each coater is {@code Objects/Machines/<id>} with
 * identification and state (see {@link MachineNamespace}), its process values as AnalogItems
 * (WebSpeed, CoatWeight, WetThickness, DryerZone1Temp…DryerZoneNTemp, ResidualMoisture) and its
 * context variables MotherRollId and PositionM. Process-specific browse names and all node ids are
 * in {@link #URI}; node ids are strings {@code <equipmentId>/<browse name>}.
 */
public final class CoaterNamespace extends MachineNamespace {

    public static final String URI = "urn:gigafab:line-simulator:coater";

    public CoaterNamespace(OpcUaServer server, MachineryNamespace machinery) {
        super(server, URI, machinery);
    }

    /** Add one coater's nodes; call after {@link #startup()}. */
    public CoaterNodes addCoater(MachineIdentity identity, int dryerZones) {
        MachineNodes machine = addMachine(identity);
        NodeId id = machine.machine().getNodeId();
        return new CoaterNodes(
                machine,
                addAnalogItem(
                        id, newQualifiedName("WebSpeed"), METRE_PER_MINUTE, new Range(0.0, 120.0)),
                addAnalogItem(
                        id,
                        newQualifiedName("CoatWeight"),
                        MILLIGRAM_PER_SQUARE_CENTIMETRE,
                        new Range(0.0, 50.0)),
                addAnalogItem(
                        id, newQualifiedName("WetThickness"), MICROMETRE, new Range(0.0, 500.0)),
                addDryerZoneNodes(id, dryerZones),
                addAnalogItem(
                        id,
                        newQualifiedName("ResidualMoisture"),
                        PARTS_PER_MILLION,
                        new Range(0.0, 2_000.0)),
                addVariable(
                        id, newQualifiedName("MotherRollId"), NodeIds.String, Variant.ofString("")),
                addVariable(
                        id, newQualifiedName("PositionM"), NodeIds.Double, Variant.ofDouble(0.0)));
    }

    private List<AnalogItemTypeNode> addDryerZoneNodes(NodeId coaterId, int zones) {
        return IntStream.rangeClosed(1, zones)
                .mapToObj(
                        zone ->
                                addAnalogItem(
                                        coaterId,
                                        newQualifiedName("DryerZone" + zone + "Temp"),
                                        DEGREE_CELSIUS,
                                        new Range(0.0, 200.0)))
                .toList();
    }
}
