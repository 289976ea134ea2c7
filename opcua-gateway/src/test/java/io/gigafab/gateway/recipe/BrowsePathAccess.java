package io.gigafab.gateway.recipe;

import static org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.Unsigned.uint;

import java.util.Optional;
import org.eclipse.milo.opcua.sdk.client.OpcUaClient;
import org.eclipse.milo.opcua.stack.core.NodeIds;
import org.eclipse.milo.opcua.stack.core.UaException;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;
import org.eclipse.milo.opcua.stack.core.types.enumerated.BrowseDirection;
import org.eclipse.milo.opcua.stack.core.types.enumerated.BrowseResultMask;
import org.eclipse.milo.opcua.stack.core.types.enumerated.NodeClass;
import org.eclipse.milo.opcua.stack.core.types.structured.BrowseDescription;
import org.eclipse.milo.opcua.stack.core.types.structured.ReferenceDescription;

/** The test's way to a machine's nodes: browse names from {@code Objects/Machines/<id>}. */
record BrowsePathAccess(OpcUaClient connected) implements EquipmentAccess {

    @Override
    public Optional<OpcUaClient> client() {
        return Optional.ofNullable(connected);
    }

    @Override
    public NodeId resolve(String equipmentId, String relativePath) {
        NodeId node = NodeIds.ObjectsFolder;
        for (String name : ("Machines/" + equipmentId + "/" + relativePath).split("/")) {
            node = child(node, name);
        }
        return node;
    }

    private NodeId child(NodeId parent, String name) {
        try {
            ReferenceDescription[] refs =
                    connected
                            .browse(
                                    new BrowseDescription(
                                            parent,
                                            BrowseDirection.Forward,
                                            NodeIds.HierarchicalReferences,
                                            true,
                                            uint(
                                                    NodeClass.Object.getValue()
                                                            | NodeClass.Variable.getValue()),
                                            uint(BrowseResultMask.All.getValue())))
                            .getReferences();
            if (refs != null) {
                for (ReferenceDescription ref : refs) {
                    if (ref.getBrowseName().name().equals(name)) {
                        return ref.getNodeId()
                                .toNodeId(connected.getNamespaceTable())
                                .orElseThrow();
                    }
                }
            }
        } catch (UaException e) {
            throw new IllegalStateException("browse of " + parent + " failed", e);
        }
        throw new IllegalArgumentException(parent + " has no child " + name);
    }
}
