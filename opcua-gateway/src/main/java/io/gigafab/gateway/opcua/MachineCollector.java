package io.gigafab.gateway.opcua;

import static org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.Unsigned.uint;

import io.gigafab.gateway.MeasurementSink;
import io.gigafab.gateway.SampleMapper;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Consumer;
import org.eclipse.milo.opcua.sdk.client.OpcUaClient;
import org.eclipse.milo.opcua.sdk.client.subscriptions.MonitoredItemServiceOperationResult;
import org.eclipse.milo.opcua.sdk.client.subscriptions.MonitoredItemSynchronizationException;
import org.eclipse.milo.opcua.sdk.client.subscriptions.OpcUaMonitoredItem;
import org.eclipse.milo.opcua.sdk.client.subscriptions.OpcUaSubscription;
import org.eclipse.milo.opcua.stack.core.StatusCodes;
import org.eclipse.milo.opcua.stack.core.UaException;
import org.eclipse.milo.opcua.stack.core.types.builtin.DataValue;
import org.eclipse.milo.opcua.stack.core.types.builtin.StatusCode;
import org.eclipse.milo.opcua.stack.core.types.enumerated.DataChangeTrigger;
import org.eclipse.milo.opcua.stack.core.types.enumerated.DeadbandType;
import org.eclipse.milo.opcua.stack.core.types.structured.DataChangeFilter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Collects one machine over one session: a subscription with a monitored item per tag, context node
 * and state variable; every data change becomes a {@code Sample} (via {@link SampleMapper}, with
 * the latest production context) for the {@link MeasurementSink}, or a state change. Tags
 * configured with {@code poll}, and every node whose monitored item the server refuses, are read by
 * a {@link TagPoller} instead; a server that refuses subscriptions altogether gets the whole
 * machine polled. When the subscription is lost (transfer to a new session failed, timed out,
 * watchdog elapsed) {@code lost} is told, and the connection builds a new collector.
 */
final class MachineCollector {

    private static final Logger log = LoggerFactory.getLogger(MachineCollector.class);
    private static final double MIN_PUBLISHING_MS = 50;
    private static final List<Long> SUBSCRIPTIONS_REFUSED =
            List.of(
                    StatusCodes.Bad_TooManySubscriptions,
                    StatusCodes.Bad_ServiceUnsupported,
                    StatusCodes.Bad_NotSupported,
                    StatusCodes.Bad_NotImplemented);

    private final ResolvedMachine machine;
    private final MachineTargets targets;
    private final CollectorMetrics.Machine metrics;
    private final Consumer<String> lost;
    private final List<TagPoller> pollers = new ArrayList<>();
    private volatile boolean stopped;
    private OpcUaSubscription subscription;
    private int withoutEuRange;

    MachineCollector(
            ResolvedMachine machine,
            MeasurementSink sink,
            MachineStateTracker state,
            CollectorMetrics.Machine metrics,
            Consumer<String> lost) {
        this.machine = machine;
        this.targets = new MachineTargets(machine, sink, new ContextTracker(), state);
        this.metrics = metrics;
        this.lost = lost;
    }

    /** Subscribe and start polling; throws when the session fails meanwhile. */
    void start(OpcUaClient client, int nodesPerRead, ScheduledExecutorService pollThread)
            throws UaException {
        List<NodeTarget> polled = new ArrayList<>();
        List<NodeTarget> monitored = new ArrayList<>();
        for (NodeTarget target : targets.all()) {
            (target.pollOnly() ? polled : monitored).add(target);
        }
        if (!monitored.isEmpty()) {
            polled.addAll(subscribe(client, monitored));
        }
        startPolling(client, polled, nodesPerRead, pollThread);
    }

    /** Stop polling and delete the subscription (if the server still has it). */
    void stop() {
        stopped = true;
        pollers.forEach(TagPoller::stop);
        if (subscription != null) {
            subscription.deleteAsync();
        }
    }

    /** Returns the targets that must be polled because the server refused them. */
    private List<NodeTarget> subscribe(OpcUaClient client, List<NodeTarget> monitored)
            throws UaException {
        subscription =
                new OpcUaSubscription(
                        client, Math.max(MIN_PUBLISHING_MS, machine.fastestSamplingMs()));
        subscription.setSubscriptionListener(new Listener());
        try {
            subscription.create();
        } catch (UaException e) {
            if (!SUBSCRIPTIONS_REFUSED.contains(e.getStatusCode().getValue())) {
                throw e;
            }
            log.warn(
                    "{}: the server refuses subscriptions ({}); polling all {} nodes",
                    machine.equipment().equipmentId(),
                    e.getStatusCode(),
                    monitored.size());
            subscription = null;
            metrics.subscriptionFailed();
            return monitored;
        }
        for (NodeTarget target : monitored) {
            subscription.addMonitoredItem(item(target));
        }
        if (withoutEuRange > 0) {
            log.info(
                    "{}: {} tag(s) have no EURange, so no percent deadband; every change is sent",
                    machine.equipment().equipmentId(),
                    withoutEuRange);
        }
        try {
            subscription.synchronizeMonitoredItems();
            return List.of();
        } catch (MonitoredItemSynchronizationException e) {
            return refused(e.getCreateResults());
        }
    }

    private List<NodeTarget> refused(List<MonitoredItemServiceOperationResult> results)
            throws UaException {
        List<NodeTarget> refused = new ArrayList<>();
        for (MonitoredItemServiceOperationResult result : results) {
            if (result.isGood()) {
                continue;
            }
            if (result.serviceResult().isBad()) {
                throw new UaException(result.serviceResult(), "CreateMonitoredItems failed");
            }
            NodeTarget target = (NodeTarget) result.monitoredItem().getUserObject().orElseThrow();
            StatusCode status = result.operationResult().orElse(StatusCode.BAD);
            log.warn(
                    "{}: the server refused to monitor {} ({}); polling it every {} ms",
                    machine.equipment().equipmentId(),
                    target.describe(),
                    status,
                    target.samplingMs());
            subscription.removeMonitoredItem(result.monitoredItem());
            refused.add(target);
        }
        metrics.itemsFailed(refused.size());
        return refused;
    }

    private OpcUaMonitoredItem item(NodeTarget target) {
        OpcUaMonitoredItem item = OpcUaMonitoredItem.newDataItem(target.nodeId());
        item.setSamplingInterval(target.samplingMs());
        item.setUserObject(target);
        if (target instanceof MachineTargets.TagTarget tagTarget) {
            ResolvedTag tag = tagTarget.tag();
            item.setQueueSize(uint(tag.queueSize()));
            item.setDiscardOldest(tag.discardOldest());
            DataChangeFilter filter = filter(tag);
            if (filter != null) {
                item.setFilter(filter);
            }
        } else {
            item.setQueueSize(uint(target.isContext() ? 1 : 10));
            item.setDiscardOldest(true);
        }
        return item;
    }

    private DataChangeFilter filter(ResolvedTag tag) {
        if (tag.deadband() == null) {
            return null;
        }
        boolean percent = "percent".equals(tag.deadband().type());
        if (percent && !tag.hasEuRange()) {
            log.debug("{}: tag {} has no EURange", machine.equipment().equipmentId(), tag.tag());
            withoutEuRange++;
            return null;
        }
        DeadbandType type = percent ? DeadbandType.Percent : DeadbandType.Absolute;
        return new DataChangeFilter(
                DataChangeTrigger.StatusValue, uint(type.getValue()), tag.deadband().value());
    }

    private void startPolling(
            OpcUaClient client,
            List<NodeTarget> polled,
            int nodesPerRead,
            ScheduledExecutorService pollThread) {
        metrics.polled(polled.size());
        Map<Long, List<NodeTarget>> byPeriod = new TreeMap<>();
        for (NodeTarget target : polled) {
            long period =
                    Math.round(
                            target.isContext() ? machine.fastestSamplingMs() : target.samplingMs());
            byPeriod.computeIfAbsent(period, p -> new ArrayList<>()).add(target);
        }
        byPeriod.forEach(
                (period, group) -> {
                    var poller =
                            new TagPoller(
                                    client,
                                    group,
                                    Duration.ofMillis(period),
                                    nodesPerRead,
                                    metrics);
                    pollers.add(poller);
                    poller.start(pollThread);
                });
    }

    /** Milo's subscription callbacks: data in delivery order, and the signs of a lost one. */
    private final class Listener implements OpcUaSubscription.SubscriptionListener {

        @Override
        public void onDataReceived(
                OpcUaSubscription s, List<OpcUaMonitoredItem> items, List<DataValue> values) {
            if (stopped) {
                return;
            }
            Instant receivedAt = Instant.now();
            deliver(items, values, receivedAt, true);
            deliver(items, values, receivedAt, false);
        }

        private void deliver(
                List<OpcUaMonitoredItem> items,
                List<DataValue> values,
                Instant receivedAt,
                boolean context) {
            for (int i = 0; i < items.size(); i++) {
                if (items.get(i).getUserObject().orElse(null) instanceof NodeTarget target
                        && target.isContext() == context) {
                    try {
                        target.accept(values.get(i), receivedAt);
                    } catch (RuntimeException e) {
                        log.warn("Value of {} not taken: {}", target.describe(), e.toString());
                    }
                }
            }
        }

        @Override
        public void onTransferFailed(OpcUaSubscription s, StatusCode status) {
            lostUnlessStopped("its transfer to the new session failed (" + status + ")");
        }

        @Override
        public void onStatusChanged(OpcUaSubscription s, StatusCode status) {
            if (status.getValue() == StatusCodes.Bad_Timeout) {
                lostUnlessStopped("it timed out on the server");
            }
        }

        @Override
        public void onWatchdogTimerElapsed(OpcUaSubscription s) {
            lostUnlessStopped("no publish response or keep-alive came within its watchdog time");
        }

        @Override
        public void onNotificationDataLost(OpcUaSubscription s) {
            metrics.notificationGap();
            log.warn(
                    "{}: data changes were lost in a notification gap the server could not"
                            + " republish",
                    machine.equipment().equipmentId());
        }

        private void lostUnlessStopped(String reason) {
            if (!stopped) {
                lost.accept(reason);
            }
        }
    }
}
