package io.gigafab.gateway.opcua;

import java.time.Instant;
import org.eclipse.milo.opcua.stack.core.types.builtin.DataValue;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;

/**
 * A monitored or polled node and what its values feed: a sample of a tag, a field of the production
 * context or the machine state. {@link #accept} must not block (it runs on Milo's delivery
 * threads).
 */
interface NodeTarget {

    NodeId nodeId();

    /** Context targets are applied before the other values of the same delivery. */
    boolean isContext();

    /** Whether the configuration asks to read this node by polling. */
    boolean pollOnly();

    /** Sampling (or polling) interval in milliseconds. */
    double samplingMs();

    void accept(DataValue value, Instant receivedAt);

    /** For logs: what this node is, e.g. "tag coating.coatWeight (CoatWeight)". */
    String describe();
}
