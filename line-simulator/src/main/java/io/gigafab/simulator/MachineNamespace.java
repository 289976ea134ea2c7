package io.gigafab.simulator;

import org.eclipse.milo.opcua.sdk.server.OpcUaServer;
import org.eclipse.milo.opcua.sdk.server.nodes.UaObjectNode;
import org.eclipse.milo.opcua.stack.core.NodeIds;
import org.eclipse.milo.opcua.stack.core.types.builtin.LocalizedText;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;
import org.eclipse.milo.opcua.stack.core.types.builtin.Variant;

/**
 * Base of the equipment family namespaces: puts a machine under {@code Objects/Machines} with its
 * {@code Identification} and OPC 40001 state variables; the family adds its process values.
 */
abstract class MachineNamespace extends SimulatorNamespace {

    private final MachineryNamespace machinery;

    protected MachineNamespace(OpcUaServer server, String uri, MachineryNamespace machinery) {
        super(server, uri);
        this.machinery = machinery;
    }

    /** Add {@code Machines/<equipmentId>} with identification and state; call after startup. */
    protected MachineNodes addMachine(MachineIdentity identity) {
        UaObjectNode machine =
                new UaObjectNode.UaObjectNodeBuilder(getNodeContext())
                        .setNodeId(newNodeId(identity.equipmentId()))
                        .setBrowseName(newQualifiedName(identity.equipmentId()))
                        .setDisplayName(LocalizedText.english(identity.equipmentId()))
                        .setTypeDefinition(NodeIds.BaseObjectType)
                        .buildAndAdd();
        linkToParent(machine, machinery.machinesFolderId(), NodeIds.Organizes);
        addIdentificationNodes(machine.getNodeId(), identity);
        return addStateNodes(machine);
    }

    private void addIdentificationNodes(NodeId machineId, MachineIdentity identity) {
        NodeId id =
                addObject(
                                machineId,
                                machinery.diName("Identification"),
                                NodeIds.FolderType,
                                NodeIds.HasAddIn)
                        .getNodeId();
        addProperty(
                id,
                machinery.diName("Manufacturer"),
                NodeIds.LocalizedText,
                Variant.ofLocalizedText(LocalizedText.english(identity.manufacturer())));
        addProperty(
                id,
                machinery.diName("Model"),
                NodeIds.LocalizedText,
                Variant.ofLocalizedText(LocalizedText.english(identity.model())));
        addProperty(
                id,
                machinery.diName("SerialNumber"),
                NodeIds.String,
                Variant.ofString(identity.serialNumber()));
        addProperty(
                id,
                machinery.diName("ProductInstanceUri"),
                NodeIds.String,
                Variant.ofString(identity.productInstanceUri()));
    }

    private MachineNodes addStateNodes(UaObjectNode machine) {
        return new MachineNodes(
                machine,
                addVariable(
                        machine.getNodeId(),
                        machinery.machineryName("MachineryItemState"),
                        NodeIds.String,
                        Variant.ofString(MachineryItemState.NOT_AVAILABLE.stateName())),
                addVariable(
                        machine.getNodeId(),
                        machinery.machineryName("MachineryOperationMode"),
                        NodeIds.String,
                        Variant.ofString(MachineryOperationMode.NONE.modeName())));
    }
}
