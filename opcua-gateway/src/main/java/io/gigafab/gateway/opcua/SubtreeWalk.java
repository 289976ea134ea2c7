package io.gigafab.gateway.opcua;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.milo.opcua.stack.core.NodeIds;
import org.eclipse.milo.opcua.stack.core.UaException;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;
import org.eclipse.milo.opcua.stack.core.types.enumerated.NodeClass;
import org.eclipse.milo.opcua.stack.core.types.structured.ReferenceDescription;

/**
 * The variables below a node, by relative browse path ({@code Tray01/Ch03/Voltage}), found level by
 * level so that each level is one batch of Browse calls. Properties (HasProperty: EURange,
 * EngineeringUnits …) are metadata, not process values, and are skipped; a node reached twice is
 * taken once; the walk stops at {@link #MAX_DEPTH}.
 */
final class SubtreeWalk {

    static final int MAX_DEPTH = 12;

    private final NodeBrowser browser;

    SubtreeWalk(NodeBrowser browser) {
        this.browser = browser;
    }

    private record Found(String path, NodeId nodeId) {}

    /** Relative browse path → node of every variable below {@code root}, in browse order. */
    Map<String, NodeId> variables(NodeId root) throws UaException {
        Map<String, NodeId> variables = new LinkedHashMap<>();
        Set<NodeId> seen = new HashSet<>(List.of(root));
        List<Found> level = List.of(new Found("", root));
        for (int depth = 0; depth < MAX_DEPTH && !level.isEmpty(); depth++) {
            Map<NodeId, List<ReferenceDescription>> children =
                    browser.children(level.stream().map(Found::nodeId).toList());
            List<Found> next = new ArrayList<>();
            for (Found parent : level) {
                for (ReferenceDescription reference : children.get(parent.nodeId())) {
                    if (NodeIds.HasProperty.equals(reference.getReferenceTypeId())
                            || !reference.getNodeId().isLocal()) {
                        continue;
                    }
                    NodeId child = browser.nodeId(reference);
                    if (!seen.add(child)) {
                        continue;
                    }
                    String name = reference.getBrowseName().name();
                    Found found =
                            new Found(
                                    parent.path().isEmpty() ? name : parent.path() + "/" + name,
                                    child);
                    if (reference.getNodeClass() == NodeClass.Variable) {
                        variables.put(found.path(), child);
                    }
                    next.add(found);
                }
            }
            level = next;
        }
        return variables;
    }
}
