package io.gigafab.gateway.opcua;

import io.gigafab.gateway.config.MachineSettings;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.milo.opcua.sdk.client.OpcUaClient;
import org.eclipse.milo.opcua.stack.core.NodeIds;
import org.eclipse.milo.opcua.stack.core.StatusCodes;
import org.eclipse.milo.opcua.stack.core.UaException;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;

/**
 * Nodes of an endpoint's machines by browse path, for writes (recipe setpoints): the machine nodes
 * found by the last resolution and every path looked up since, forgotten when the machines are
 * resolved again (a new session may number the namespaces differently). Thread-safe.
 */
final class MachineNodes {

    private final Map<String, NodeId> machines = new ConcurrentHashMap<>();
    private final Map<String, NodeId> paths = new ConcurrentHashMap<>();

    void clear() {
        machines.clear();
        paths.clear();
    }

    void machineFound(String equipmentId, NodeId node) {
        if (node == null) {
            machines.remove(equipmentId);
        } else {
            machines.put(equipmentId, node);
        }
    }

    Optional<NodeId> machine(String equipmentId) {
        return Optional.ofNullable(machines.get(equipmentId));
    }

    /**
     * @throws IllegalArgumentException if the server has no such node
     * @throws IllegalStateException if browsing failed
     */
    NodeId resolve(OpcUaClient client, MachineSettings machine, String relativePath) {
        String key = machine.equipmentId() + "|" + relativePath;
        NodeId known = paths.get(key);
        if (known != null) {
            return known;
        }
        var browser = new NodeBrowser(client, ServerLimits.DEFAULT_NODES_PER_CALL);
        try {
            NodeId start = machines.get(machine.equipmentId());
            if (start == null) {
                start = browser.find(NodeIds.ObjectsFolder, machine.path());
                machines.put(machine.equipmentId(), start);
            }
            NodeId node = browser.find(start, relativePath);
            paths.put(key, node);
            return node;
        } catch (UaException e) {
            if (e.getStatusCode().getValue() == StatusCodes.Bad_NoMatch) {
                throw new IllegalArgumentException(
                        "machine "
                                + machine.equipmentId()
                                + " ("
                                + machine.path()
                                + ") has no node "
                                + relativePath
                                + ": "
                                + e.getMessage(),
                        e);
            }
            throw new IllegalStateException(
                    "browsing "
                            + machine.equipmentId()
                            + "/"
                            + relativePath
                            + " failed: "
                            + e.getStatusCode(),
                    e);
        }
    }
}
