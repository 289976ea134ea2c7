package io.gigafab.gateway.recipe;

import java.util.Optional;
import org.eclipse.milo.opcua.sdk.client.OpcUaClient;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;

/** How the recipe writer reaches a machine: the connected client and its nodes by browse path. */
public interface EquipmentAccess {

    /** The connected client, or empty while the endpoint is down. */
    Optional<OpcUaClient> client();

    /**
     * The node at {@code relativePath} below the machine, e.g. {@code Recipe/web_speed}.
     *
     * @throws IllegalArgumentException if the machine has no such node
     */
    NodeId resolve(String equipmentId, String relativePath);
}
