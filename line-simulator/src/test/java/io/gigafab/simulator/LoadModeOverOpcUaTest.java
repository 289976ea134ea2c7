package io.gigafab.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.Unsigned.uint;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.eclipse.milo.opcua.sdk.client.OpcUaClient;
import org.eclipse.milo.opcua.sdk.client.subscriptions.OpcUaMonitoredItem;
import org.eclipse.milo.opcua.sdk.client.subscriptions.OpcUaSubscription;
import org.eclipse.milo.opcua.stack.core.NodeIds;
import org.eclipse.milo.opcua.stack.core.Stack;
import org.eclipse.milo.opcua.stack.core.types.builtin.DataValue;
import org.eclipse.milo.opcua.stack.core.types.builtin.ExtensionObject;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;
import org.eclipse.milo.opcua.stack.core.types.builtin.StatusCode;
import org.eclipse.milo.opcua.stack.core.types.enumerated.TimestampsToReturn;
import org.eclipse.milo.opcua.stack.core.types.structured.Range;
import org.junit.jupiter.api.Test;

/** The benchmark load over real OPC UA TCP: many tags, fast updates, a subscribing client. */
class LoadModeOverOpcUaTest {

    private static final int TAGS = 2_000;
    private static final int SUBSCRIBED = 200;
    private static final double SAMPLING_MS = 50.0;

    @Test
    void subscribedLoadTagsAllDeliverChangingValues() throws Exception {
        try (EquipmentServer server =
                EquipmentServer.builder().port(0).load(TAGS, Duration.ofMillis(50)).start()) {
            OpcUaClient client = OpcUaClient.create(server.endpointUrl());
            client.connect();
            try {
                var browsing = new OpcUaBrowsing(client);
                assertThat(browsing.child(NodeIds.ObjectsFolder, LoadNamespace.URI, "Load"))
                        .isNotNull();
                assertThatTagsHaveAPercentRange(client, browsing);
                assertThatEverySubscribedTagChanges(client, browsing);
            } finally {
                client.disconnect();
                Stack.releaseSharedResources();
            }
        }
        await().atMost(Duration.ofSeconds(5))
                .until(() -> threadsNamed(SimulatorThreads.PREFIX + "load-") == 0);
    }

    private static void assertThatTagsHaveAPercentRange(OpcUaClient client, OpcUaBrowsing browsing)
            throws Exception {
        NodeId last = tag(browsing, TAGS);
        NodeId euRange = browsing.childId(last, "http://opcfoundation.org/UA/", "EURange");
        Object range =
                client.readValue(0.0, TimestampsToReturn.Neither, euRange).getValue().getValue();
        Range decoded = (Range) ((ExtensionObject) range).decode(client.getStaticEncodingContext());
        assertThat(decoded.getLow()).isEqualTo(0.0);
        assertThat(decoded.getHigh()).isEqualTo(100.0);
    }

    private static void assertThatEverySubscribedTagChanges(
            OpcUaClient client, OpcUaBrowsing browsing) throws Exception {
        Map<NodeId, Queue<DataValue>> received = new ConcurrentHashMap<>();
        var subscription = new OpcUaSubscription(client, SAMPLING_MS);
        subscription.create();
        try {
            List<OpcUaMonitoredItem> items = new ArrayList<>();
            // every tenth tag, spread over the whole folder
            for (int number = 1; number <= TAGS; number += TAGS / SUBSCRIBED) {
                NodeId tag = tag(browsing, number);
                var item = OpcUaMonitoredItem.newDataItem(tag);
                item.setSamplingInterval(SAMPLING_MS);
                item.setQueueSize(uint(10));
                item.setDataValueListener(
                        (monitoredItem, value) ->
                                received.computeIfAbsent(tag, t -> new ConcurrentLinkedQueue<>())
                                        .add(value));
                items.add(item);
            }
            subscription.addMonitoredItems(items);
            subscription.synchronizeMonitoredItems();
            assertThat(items)
                    .hasSize(SUBSCRIBED)
                    .allSatisfy(i -> assertThat(i.getCreateResult()).contains(StatusCode.GOOD));

            await().atMost(Duration.ofSeconds(15))
                    .until(
                            () ->
                                    received.size() == SUBSCRIBED
                                            && received.values().stream()
                                                    .allMatch(values -> distinct(values) >= 3));
        } finally {
            subscription.delete();
        }
        assertThat(received.values())
                .allSatisfy(
                        values ->
                                assertThat(values)
                                        .allSatisfy(
                                                v -> {
                                                    assertThat(v.getStatusCode().isGood()).isTrue();
                                                    assertThat((Double) v.getValue().getValue())
                                                            .isBetween(0.0, 100.0);
                                                }));
    }

    private static NodeId tag(OpcUaBrowsing browsing, int number) {
        return new NodeId(
                browsing.namespaceIndex(LoadNamespace.URI),
                LoadNamespace.FOLDER + "/" + LoadNamespace.tagName(number));
    }

    private static long distinct(Queue<DataValue> values) {
        return values.stream().map(v -> v.getValue().getValue()).distinct().count();
    }

    private static long threadsNamed(String prefix) {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(Thread::isAlive)
                .filter(t -> t.getName().startsWith(prefix))
                .count();
    }
}
