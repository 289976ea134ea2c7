package io.gigafab.gateway.opcua;

import io.gigafab.gateway.GatewayMetrics;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The collecting side's metrics in {@link GatewayMetrics}, per endpoint and per machine:
 *
 * <ul>
 *   <li>{@code gigafab_gateway_endpoint_connected{endpoint}} — 1 while a session is active (sum it
 *       for the number of connected endpoints);
 *   <li>{@code gigafab_gateway_reconnects_total{endpoint}} — sessions re-established after a loss;
 *   <li>{@code gigafab_gateway_subscription_failures_total{endpoint}} — subscriptions lost
 *       (transfer failed, timed out, watchdog) or refused, each followed by re-creating them;
 *   <li>{@code gigafab_gateway_monitored_item_failures_total{machine}} — monitored items the server
 *       refused (their nodes are polled instead);
 *   <li>{@code gigafab_gateway_polled_tags{machine}} — nodes read by polling;
 *   <li>{@code gigafab_gateway_unresolved_nodes{machine}} — configured tags, context or state nodes
 *       the server does not have;
 *   <li>{@code gigafab_gateway_poll_failures_total{machine}} — polling reads that failed;
 *   <li>{@code gigafab_gateway_notification_gaps_total{machine}} — data changes the server could
 *       not republish after a gap.
 * </ul>
 */
final class CollectorMetrics {

    static final String CONNECTED = "gigafab_gateway_endpoint_connected";
    static final String RECONNECTS = "gigafab_gateway_reconnects_total";
    static final String SUBSCRIPTION_FAILURES = "gigafab_gateway_subscription_failures_total";
    static final String ITEM_FAILURES = "gigafab_gateway_monitored_item_failures_total";
    static final String POLLED_TAGS = "gigafab_gateway_polled_tags";
    static final String UNRESOLVED = "gigafab_gateway_unresolved_nodes";
    static final String POLL_FAILURES = "gigafab_gateway_poll_failures_total";
    static final String NOTIFICATION_GAPS = "gigafab_gateway_notification_gaps_total";

    private final GatewayMetrics metrics;
    private final String endpointLabels;

    CollectorMetrics(GatewayMetrics metrics, String endpoint) {
        this.metrics = metrics;
        this.endpointLabels = label("endpoint", endpoint);
        metrics.describe(CONNECTED, "1 while the OPC UA session of the endpoint is active")
                .describe(RECONNECTS, "OPC UA sessions re-established after a loss")
                .describe(SUBSCRIPTION_FAILURES, "OPC UA subscriptions lost or refused")
                .describe(ITEM_FAILURES, "Monitored items refused by the server (then polled)")
                .describe(POLLED_TAGS, "Nodes read by polling instead of a subscription")
                .describe(UNRESOLVED, "Configured nodes the server does not have")
                .describe(POLL_FAILURES, "Polling reads that failed")
                .describe(NOTIFICATION_GAPS, "Data changes lost in a notification gap");
    }

    void connectedGauge(java.util.function.BooleanSupplier connected) {
        metrics.gauge(CONNECTED, endpointLabels, () -> connected.getAsBoolean() ? 1 : 0);
    }

    void reconnected() {
        metrics.increment(RECONNECTS, endpointLabels, 1);
    }

    void subscriptionFailed() {
        metrics.increment(SUBSCRIPTION_FAILURES, endpointLabels, 1);
    }

    /** The metrics of one machine. */
    Machine machine(String equipmentId) {
        return new Machine(equipmentId);
    }

    private static String label(String name, String value) {
        return name + "=\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /** Counters and gauges labelled with one machine. */
    final class Machine {

        private final String labels;
        private final AtomicLong polled;
        private final AtomicLong unresolved;

        private Machine(String equipmentId) {
            this.labels = label("machine", equipmentId);
            this.polled = metrics.gauge(POLLED_TAGS, labels);
            this.unresolved = metrics.gauge(UNRESOLVED, labels);
        }

        void subscriptionFailed() {
            CollectorMetrics.this.subscriptionFailed();
        }

        void itemsFailed(int count) {
            metrics.increment(ITEM_FAILURES, labels, count);
        }

        void polled(int count) {
            polled.set(count);
        }

        void unresolved(int count) {
            unresolved.set(count);
        }

        void pollFailed() {
            metrics.increment(POLL_FAILURES, labels, 1);
        }

        void notificationGap() {
            metrics.increment(NOTIFICATION_GAPS, labels, 1);
        }

        long count(String name) {
            return metrics.count(name, labels);
        }
    }
}
