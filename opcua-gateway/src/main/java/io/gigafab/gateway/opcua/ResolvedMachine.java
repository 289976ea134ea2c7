package io.gigafab.gateway.opcua;

import io.gigafab.events.EquipmentRef;
import java.util.List;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;

/**
 * A configured machine as found on the server after connecting.
 *
 * @param node the machine's node, or null when its path was not found
 * @param state the MachineryItemState variable, or null
 * @param unresolved one message per configured node the server does not have
 */
record ResolvedMachine(
        EquipmentRef equipment,
        NodeId node,
        List<ResolvedTag> tags,
        List<ContextNode> context,
        NodeId state,
        List<String> unresolved) {

    ResolvedMachine {
        tags = List.copyOf(tags);
        context = List.copyOf(context);
        unresolved = List.copyOf(unresolved);
    }

    /** The fastest sampling interval of the machine's tags (context and state sample with it). */
    double fastestSamplingMs() {
        return tags.stream().mapToDouble(ResolvedTag::samplingMs).min().orElse(1000.0);
    }
}
