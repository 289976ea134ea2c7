package io.gigafab.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.Unsigned.uint;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.eclipse.milo.opcua.sdk.client.OpcUaClient;
import org.eclipse.milo.opcua.sdk.client.subscriptions.OpcUaMonitoredItem;
import org.eclipse.milo.opcua.sdk.client.subscriptions.OpcUaSubscription;
import org.eclipse.milo.opcua.stack.core.NodeIds;
import org.eclipse.milo.opcua.stack.core.Stack;
import org.eclipse.milo.opcua.stack.core.UaException;
import org.eclipse.milo.opcua.stack.core.types.builtin.DataValue;
import org.eclipse.milo.opcua.stack.core.types.builtin.ExtensionObject;
import org.eclipse.milo.opcua.stack.core.types.builtin.LocalizedText;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;
import org.eclipse.milo.opcua.stack.core.types.builtin.StatusCode;
import org.eclipse.milo.opcua.stack.core.types.enumerated.DataChangeTrigger;
import org.eclipse.milo.opcua.stack.core.types.enumerated.DeadbandType;
import org.eclipse.milo.opcua.stack.core.types.enumerated.TimestampsToReturn;
import org.eclipse.milo.opcua.stack.core.types.structured.DataChangeFilter;
import org.eclipse.milo.opcua.stack.core.types.structured.EUInformation;
import org.eclipse.milo.opcua.stack.core.types.structured.Range;
import org.eclipse.milo.opcua.stack.core.types.structured.ReferenceDescription;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A real Milo client talks OPC UA over TCP to the simulator, as the opcua-gateway will. */
class CoaterOverOpcUaTest {

    private static final String MACHINERY = MachineryNamespace.URI;
    private static final String DI = MachineryNamespace.DI_URI;
    private static final String COATER = CoaterNamespace.URI;
    private static final String UA = "http://opcfoundation.org/UA/";

    private static EquipmentServer server;
    private static OpcUaClient client;
    private static OpcUaBrowsing browsing;

    @BeforeAll
    static void startServerAndConnect() throws Exception {
        server =
                EquipmentServer.builder()
                        .port(0)
                        .coater(
                                MachineIdentity.simulated("COAT-01", "Electrode coater C-1400"),
                                CoaterSettings.lfpCathode("COAT-01", 7L))
                        .coater(
                                MachineIdentity.simulated("COAT-02", "Electrode coater C-1400"),
                                CoaterSettings.lfpCathode("COAT-02", 8L))
                        .start();
        client = OpcUaClient.create(server.endpointUrl());
        client.connect();
        browsing = new OpcUaBrowsing(client);
    }

    @AfterAll
    static void disconnectAndStop() throws Exception {
        if (client != null) {
            client.disconnect();
        }
        if (server != null) {
            server.close();
        }
        // the client used Milo's JVM-wide shared threads; the server used its own
        Stack.releaseSharedResources();
    }

    @Test
    void machinesFolderListsTheCoatersWithTheirNodes() throws UaException {
        NodeId machines = browsing.childId(NodeIds.ObjectsFolder, MACHINERY, "Machines");
        assertThat(browsing.children(machines))
                .extracting(r -> r.getBrowseName().name())
                .containsExactlyInAnyOrder("COAT-01", "COAT-02");

        NodeId coater = browsing.childId(machines, COATER, "COAT-01");
        assertThat(browsing.children(coater))
                .extracting(r -> r.getBrowseName().name())
                .containsExactlyInAnyOrder(
                        "Identification",
                        "MachineryItemState",
                        "MachineryOperationMode",
                        "WebSpeed",
                        "CoatWeight",
                        "WetThickness",
                        "DryerZone1Temp",
                        "DryerZone2Temp",
                        "DryerZone3Temp",
                        "DryerZone4Temp",
                        "ResidualMoisture",
                        "MotherRollId",
                        "PositionM");
        ReferenceDescription coatWeight = browsing.child(coater, COATER, "CoatWeight");
        assertThat(coatWeight.getTypeDefinition()).isEqualTo(NodeIds.AnalogItemType.expanded());
    }

    @Test
    void identificationNamesTheManufacturer() throws UaException {
        NodeId manufacturer =
                browsing.path(coater("COAT-01"), DI, "Identification", DI, "Manufacturer");
        NodeId serialNumber =
                browsing.path(coater("COAT-01"), DI, "Identification", DI, "SerialNumber");

        assertThat(read(manufacturer).getValue().getValue())
                .isEqualTo(LocalizedText.english("Gigafab Simulation"));
        assertThat(read(serialNumber).getValue().getValue()).isEqualTo("SIM-COAT-01");
    }

    @Test
    void coatWeightIsAnAnalogItemWithRangeAndUnit() throws UaException {
        NodeId coatWeight = browsing.childId(coater("COAT-01"), COATER, "CoatWeight");

        Range range = decode(read(browsing.childId(coatWeight, UA, "EURange")), Range.class);
        EUInformation unit =
                decode(
                        read(browsing.childId(coatWeight, UA, "EngineeringUnits")),
                        EUInformation.class);

        assertThat(range.getLow()).isEqualTo(0.0);
        assertThat(range.getHigh()).isEqualTo(50.0);
        assertThat(unit.getDisplayName().text()).isEqualTo("mg/cm²");
    }

    @Test
    void positionOnTheMotherRollAdvances() throws UaException {
        NodeId position = browsing.childId(coater("COAT-01"), COATER, "PositionM");
        NodeId rollId = browsing.childId(coater("COAT-01"), COATER, "MotherRollId");

        double first = (Double) read(position).getValue().getValue();
        await().atMost(Duration.ofSeconds(5))
                .until(() -> (Double) read(position).getValue().getValue() > first);
        assertThat(read(rollId).getValue().getValue()).isEqualTo("MR-COAT-01-00001");
    }

    @Test
    void subscriptionWithPercentDeadbandDeliversCoatWeightChanges() throws Exception {
        NodeId coatWeight = browsing.childId(coater("COAT-01"), COATER, "CoatWeight");
        List<DataValue> received = new CopyOnWriteArrayList<>();

        var subscription = new OpcUaSubscription(client, 100.0);
        subscription.create();
        try {
            var item = OpcUaMonitoredItem.newDataItem(coatWeight);
            item.setSamplingInterval(100.0);
            // 0.1 % of the 0..50 mg/cm² EURange: only changes above 0.05 mg/cm² are reported
            item.setFilter(
                    new DataChangeFilter(
                            DataChangeTrigger.StatusValue,
                            uint(DeadbandType.Percent.getValue()),
                            0.1));
            item.setDataValueListener((monitoredItem, value) -> received.add(value));
            subscription.addMonitoredItem(item);
            subscription.synchronizeMonitoredItems();

            assertThat(item.getCreateResult()).contains(StatusCode.GOOD);
            await().atMost(Duration.ofSeconds(10)).until(() -> received.size() >= 3);
        } finally {
            subscription.delete();
        }
        assertThat(received)
                .allSatisfy(
                        value -> {
                            assertThat(value.getStatusCode().isGood()).isTrue();
                            assertThat((Double) value.getValue().getValue()).isBetween(21.0, 23.0);
                        });
    }

    @Test
    void stoppedCoaterShowsNotExecuting() throws UaException {
        NodeId state = browsing.childId(coater("COAT-02"), MACHINERY, "MachineryItemState");
        CoaterProcess coater = server.coater("COAT-02").orElseThrow();
        assertThat(read(state).getValue().getValue()).isEqualTo("Executing");

        coater.stop();
        await().atMost(Duration.ofSeconds(5))
                .until(() -> "NotExecuting".equals(read(state).getValue().getValue()));
        coater.start();
        await().atMost(Duration.ofSeconds(5))
                .until(() -> "Executing".equals(read(state).getValue().getValue()));
    }

    private static NodeId coater(String equipmentId) throws UaException {
        NodeId machines = browsing.childId(NodeIds.ObjectsFolder, MACHINERY, "Machines");
        return browsing.childId(machines, COATER, equipmentId);
    }

    private static DataValue read(NodeId node) throws UaException {
        DataValue value = client.readValue(0.0, TimestampsToReturn.Both, node);
        assertThat(value.getStatusCode().isGood()).as("read status of %s", node).isTrue();
        return value;
    }

    private static <T> T decode(DataValue value, Class<T> type) {
        Object body = value.getValue().getValue();
        if (body instanceof ExtensionObject encoded) {
            body = encoded.decode(client.getStaticEncodingContext());
        }
        return type.cast(body);
    }
}
