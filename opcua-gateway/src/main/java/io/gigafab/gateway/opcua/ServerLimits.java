package io.gigafab.gateway.opcua;

import java.util.Optional;
import org.eclipse.milo.opcua.sdk.client.OpcUaClient;
import org.eclipse.milo.opcua.sdk.client.OperationLimits;
import org.eclipse.milo.opcua.stack.core.UaException;
import org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.UInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How many nodes the server takes per Browse/BrowseNext and per Read call, from its {@code
 * ServerCapabilities/OperationLimits} ({@code MaxNodesPerBrowse}, {@code MaxNodesPerRead}); a
 * missing or zero limit means "no limit announced", and then a moderate default is used. (Monitored
 * items are split by Milo itself along {@code MaxMonitoredItemsPerCall}.)
 */
record ServerLimits(int nodesPerBrowse, int nodesPerRead) {

    static final int DEFAULT_NODES_PER_CALL = 500;
    static final int MAX_NODES_PER_CALL = 10_000;

    private static final Logger log = LoggerFactory.getLogger(ServerLimits.class);

    static ServerLimits of(OpcUaClient client) {
        try {
            client.resetOperationLimits();
            OperationLimits limits = client.getOperationLimits();
            return new ServerLimits(
                    orDefault(limits.maxNodesPerBrowse()), orDefault(limits.maxNodesPerRead()));
        } catch (UaException | RuntimeException e) {
            log.debug("Server announces no operation limits: {}", e.getMessage());
            return new ServerLimits(DEFAULT_NODES_PER_CALL, DEFAULT_NODES_PER_CALL);
        }
    }

    private static int orDefault(Optional<UInteger> limit) {
        long value = limit.map(UInteger::longValue).orElse(0L);
        return value <= 0 ? DEFAULT_NODES_PER_CALL : (int) Math.min(value, MAX_NODES_PER_CALL);
    }
}
