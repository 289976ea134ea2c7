package io.gigafab.simulator;

import static org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.Unsigned.uint;

import java.util.Arrays;
import java.util.List;
import org.eclipse.milo.opcua.sdk.client.OpcUaClient;
import org.eclipse.milo.opcua.stack.core.NodeIds;
import org.eclipse.milo.opcua.stack.core.UaException;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;
import org.eclipse.milo.opcua.stack.core.types.builtin.QualifiedName;
import org.eclipse.milo.opcua.stack.core.types.enumerated.BrowseDirection;
import org.eclipse.milo.opcua.stack.core.types.enumerated.BrowseResultMask;
import org.eclipse.milo.opcua.stack.core.types.enumerated.NodeClass;
import org.eclipse.milo.opcua.stack.core.types.structured.BrowseDescription;
import org.eclipse.milo.opcua.stack.core.types.structured.BrowseResult;
import org.eclipse.milo.opcua.stack.core.types.structured.ReferenceDescription;

/** Browsing as an OPC UA client does it: by browse name, resolving namespace URIs at runtime. */
record OpcUaBrowsing(OpcUaClient client) {

    /** The forward hierarchical references (Organizes, HasComponent, HasProperty…) of a node. */
    List<ReferenceDescription> children(NodeId parent) throws UaException {
        var browse =
                new BrowseDescription(
                        parent,
                        BrowseDirection.Forward,
                        NodeIds.HierarchicalReferences,
                        true,
                        uint(NodeClass.Object.getValue() | NodeClass.Variable.getValue()),
                        uint(BrowseResultMask.All.getValue()));
        BrowseResult result = client.browse(browse);
        if (result.getStatusCode().isBad()) {
            throw new UaException(result.getStatusCode(), "browse of " + parent + " failed");
        }
        ReferenceDescription[] references = result.getReferences();
        return references == null ? List.of() : Arrays.asList(references);
    }

    /** The child of {@code parent} with browse name {@code name} in namespace {@code uri}. */
    ReferenceDescription child(NodeId parent, String uri, String name) throws UaException {
        QualifiedName browseName = new QualifiedName(namespaceIndex(uri), name);
        return children(parent).stream()
                .filter(r -> r.getBrowseName().equals(browseName))
                .findFirst()
                .orElseThrow(() -> new AssertionError(parent + " has no child " + browseName));
    }

    NodeId childId(NodeId parent, String uri, String name) throws UaException {
        return nodeId(child(parent, uri, name));
    }

    /** Follow a path of (namespace URI, browse name) pairs from {@code start}. */
    NodeId path(NodeId start, String... uriNamePairs) throws UaException {
        NodeId node = start;
        for (int i = 0; i < uriNamePairs.length; i += 2) {
            node = childId(node, uriNamePairs[i], uriNamePairs[i + 1]);
        }
        return node;
    }

    NodeId nodeId(ReferenceDescription reference) {
        return reference
                .getNodeId()
                .toNodeId(client.getNamespaceTable())
                .orElseThrow(() -> new AssertionError("not a local node: " + reference));
    }

    int namespaceIndex(String uri) {
        var index = client.getNamespaceTable().getIndex(uri);
        if (index == null) {
            throw new AssertionError("server does not know namespace " + uri);
        }
        return index.intValue();
    }
}
