package io.gigafab.gateway.opcua;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.milo.opcua.sdk.client.OpcUaClient;
import org.eclipse.milo.opcua.stack.core.types.builtin.DataValue;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;
import org.eclipse.milo.opcua.stack.core.types.enumerated.TimestampsToReturn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a set of nodes every period, for servers or nodes that reject subscriptions. Reads go out
 * asynchronously in calls of at most {@code MaxNodesPerRead} nodes (context nodes first, so values
 * get the context read with them); a read still running when the next period starts is not doubled.
 * A node's value is forwarded when its status, value or source timestamp changed since the last
 * read — polling does not turn a still value into a stream of duplicates.
 */
final class TagPoller {

    /** Polling faster than this is not polling but load. */
    static final Duration MIN_PERIOD = Duration.ofMillis(50);

    private static final Logger log = LoggerFactory.getLogger(TagPoller.class);

    private final OpcUaClient client;
    private final List<NodeTarget> targets;
    private final Duration period;
    private final int nodesPerRead;
    private final CollectorMetrics.Machine metrics;
    private final AtomicBoolean reading = new AtomicBoolean();
    private final Map<NodeTarget, DataValue> last = new ConcurrentHashMap<>();
    private volatile ScheduledFuture<?> schedule;

    TagPoller(
            OpcUaClient client,
            List<NodeTarget> targets,
            Duration period,
            int nodesPerRead,
            CollectorMetrics.Machine metrics) {
        this.client = client;
        this.targets =
                targets.stream()
                        .sorted((a, b) -> Boolean.compare(b.isContext(), a.isContext()))
                        .toList();
        this.period = period.compareTo(MIN_PERIOD) < 0 ? MIN_PERIOD : period;
        this.nodesPerRead = Math.max(1, nodesPerRead);
        this.metrics = metrics;
    }

    void start(ScheduledExecutorService scheduler) {
        schedule =
                scheduler.scheduleAtFixedRate(
                        this::poll, 0, period.toMillis(), TimeUnit.MILLISECONDS);
    }

    void stop() {
        ScheduledFuture<?> running = schedule;
        if (running != null) {
            running.cancel(false);
        }
    }

    private void poll() {
        if (!reading.compareAndSet(false, true)) {
            return;
        }
        CompletableFuture<Void> reads = CompletableFuture.completedFuture(null);
        for (int from = 0; from < targets.size(); from += nodesPerRead) {
            List<NodeTarget> chunk =
                    targets.subList(from, Math.min(targets.size(), from + nodesPerRead));
            List<NodeId> nodes = chunk.stream().map(NodeTarget::nodeId).toList();
            reads =
                    reads.thenCompose(
                            done ->
                                    client.readValuesAsync(0.0, TimestampsToReturn.Both, nodes)
                                            .thenAccept(values -> deliver(chunk, values)));
        }
        reads.whenComplete(
                (done, failure) -> {
                    reading.set(false);
                    if (failure != null) {
                        metrics.pollFailed();
                        log.debug("Polling read failed: {}", failure.getMessage());
                    }
                });
    }

    private void deliver(List<NodeTarget> chunk, List<DataValue> values) {
        Instant receivedAt = Instant.now();
        for (int i = 0; i < chunk.size() && i < values.size(); i++) {
            NodeTarget target = chunk.get(i);
            DataValue value = values.get(i);
            DataValue previous = last.put(target, value);
            if (previous == null || changed(previous, value)) {
                try {
                    target.accept(value, receivedAt);
                } catch (RuntimeException e) {
                    log.warn("Polled value of {} not taken: {}", target.describe(), e.toString());
                }
            }
        }
    }

    private static boolean changed(DataValue previous, DataValue now) {
        return !Objects.equals(previous.getStatusCode(), now.getStatusCode())
                || !Objects.equals(previous.getValue(), now.getValue())
                || !Objects.equals(previous.getSourceTime(), now.getSourceTime());
    }
}
