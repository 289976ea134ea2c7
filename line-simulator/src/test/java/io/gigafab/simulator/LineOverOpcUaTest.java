package io.gigafab.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.Unsigned.uint;

import io.gigafab.simulator.line.FaultKind;
import io.gigafab.simulator.line.LineDefinition;
import io.gigafab.simulator.line.LineDefinitions;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.eclipse.milo.opcua.sdk.client.OpcUaClient;
import org.eclipse.milo.opcua.sdk.client.subscriptions.OpcUaMonitoredItem;
import org.eclipse.milo.opcua.sdk.client.subscriptions.OpcUaSubscription;
import org.eclipse.milo.opcua.stack.core.NodeIds;
import org.eclipse.milo.opcua.stack.core.Stack;
import org.eclipse.milo.opcua.stack.core.StatusCodes;
import org.eclipse.milo.opcua.stack.core.UaException;
import org.eclipse.milo.opcua.stack.core.types.builtin.DataValue;
import org.eclipse.milo.opcua.stack.core.types.builtin.ExtensionObject;
import org.eclipse.milo.opcua.stack.core.types.builtin.LocalizedText;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;
import org.eclipse.milo.opcua.stack.core.types.builtin.StatusCode;
import org.eclipse.milo.opcua.stack.core.types.builtin.Variant;
import org.eclipse.milo.opcua.stack.core.types.enumerated.DataChangeTrigger;
import org.eclipse.milo.opcua.stack.core.types.enumerated.DeadbandType;
import org.eclipse.milo.opcua.stack.core.types.enumerated.TimestampsToReturn;
import org.eclipse.milo.opcua.stack.core.types.structured.DataChangeFilter;
import org.eclipse.milo.opcua.stack.core.types.structured.EUInformation;
import org.eclipse.milo.opcua.stack.core.types.structured.Range;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The whole simulated line seen by a real OPC UA client over TCP. */
class LineOverOpcUaTest {

    private static final String MACHINERY = MachineryNamespace.URI;
    private static final String DI = MachineryNamespace.DI_URI;
    private static final String UA = "http://opcfoundation.org/UA/";

    private static EquipmentServer server;
    private static OpcUaClient client;
    private static OpcUaBrowsing browsing;

    @BeforeAll
    static void startServerAndConnect() throws Exception {
        LineDefinition fast = LineDefinitions.compressed("LFP-280P", "OPC", 5, 20, 3);
        server = EquipmentServer.builder().port(0).line(fast).start();
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
        Stack.releaseSharedResources();
    }

    @Test
    void everyMachineOfTheLineIsUnderMachines() throws UaException {
        NodeId machines = browsing.childId(NodeIds.ObjectsFolder, MACHINERY, "Machines");

        assertThat(browsing.children(machines))
                .extracting(r -> r.getBrowseName().name())
                .containsExactlyInAnyOrder(
                        "COAT-C01",
                        "COAT-A01",
                        "CAL-C01",
                        "CAL-A01",
                        "SLIT-C01",
                        "SLIT-A01",
                        "STACK-01",
                        "FILL-01",
                        "FORM-01",
                        "AGE-01",
                        "GRADE-01");
        assertThat(browsing.children(machine("COAT-C01")))
                .extracting(r -> r.getBrowseName().name())
                .contains(
                        "Identification",
                        "MachineryItemState",
                        "MachineryOperationMode",
                        "CoatWeight",
                        "CoatWeightProfile",
                        "DryerZone8Temp",
                        "ResidualMoisture",
                        "MotherRollId",
                        "PositionM",
                        "Recipe");
        assertThat(
                        browsing.child(machine("COAT-C01"), ns("COATER"), "CoatWeight")
                                .getTypeDefinition())
                .isEqualTo(NodeIds.AnalogItemType.expanded());
    }

    @Test
    void identificationAndEngineeringUnitsLikeRealEquipment() throws UaException {
        NodeId manufacturer =
                browsing.path(machine("FORM-01"), DI, "Identification", DI, "Manufacturer");
        NodeId coatWeight = browsing.childId(machine("COAT-C01"), ns("COATER"), "CoatWeight");

        assertThat(read(manufacturer).getValue().getValue())
                .isEqualTo(LocalizedText.english("Gigafab Simulation"));
        Range range = decode(read(browsing.childId(coatWeight, UA, "EURange")), Range.class);
        EUInformation unit =
                decode(
                        read(browsing.childId(coatWeight, UA, "EngineeringUnits")),
                        EUInformation.class);
        assertThat(range.getHigh()).isEqualTo(42.0);
        assertThat(unit.getDisplayName().text()).isEqualTo("mg/cm²");
    }

    @Test
    void theStackerShowsEachCellWithTheRollMetresItsSheetsCameFrom() throws UaException {
        NodeId stacker = machine("STACK-01");
        NodeId cellId = browsing.childId(stacker, ns("STACKER"), "CellId");
        NodeId cathode = browsing.childId(stacker, ns("STACKER"), "Cathode");

        await().atMost(Duration.ofSeconds(20))
                .until(() -> !"".equals(read(cellId).getValue().getValue()));
        String roll =
                (String)
                        read(browsing.childId(cathode, ns("STACKER"), "DaughterRollId"))
                                .getValue()
                                .getValue();
        double start =
                (Double)
                        read(browsing.childId(cathode, ns("STACKER"), "StartM"))
                                .getValue()
                                .getValue();
        double end =
                (Double)
                        read(browsing.childId(cathode, ns("STACKER"), "EndM"))
                                .getValue()
                                .getValue();
        assertThat((String) read(cellId).getValue().getValue()).startsWith("C-OPC-");
        assertThat(roll).matches("RC-OPC-\\d{5}-L[1-4]");
        assertThat(end - start).isGreaterThan(1.0);
    }

    @Test
    void subscriptionWithPercentDeadbandDeliversCoatWeightChanges() throws Exception {
        NodeId coatWeight = browsing.childId(machine("COAT-A01"), ns("COATER"), "CoatWeight");
        List<DataValue> received = new CopyOnWriteArrayList<>();
        var subscription = new OpcUaSubscription(client, 100.0);
        subscription.create();
        try {
            var item = OpcUaMonitoredItem.newDataItem(coatWeight);
            item.setSamplingInterval(100.0);
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
                            assertThat((Double) value.getValue().getValue()).isBetween(9.0, 11.0);
                        });
    }

    @Test
    void writingASetpointChangesTheProcessAndOutOfRangeIsRejected() throws Exception {
        NodeId recipe = browsing.childId(machine("CAL-A01"), ns("CALENDER"), "Recipe");
        NodeId lineSpeed = browsing.childId(recipe, ns("CALENDER"), "line_speed");
        NodeId shown = browsing.childId(machine("CAL-A01"), ns("CALENDER"), "LineSpeed");

        StatusCode tooFast = write(lineSpeed, 500.0);
        assertThat(tooFast.getValue()).isEqualTo(StatusCodes.Bad_OutOfRange);
        assertThat(server.line().station("CAL-A01").setpoints().get("line_speed")).isEqualTo(50.0);

        assertThat(write(lineSpeed, 35.0).isGood()).isTrue();
        assertThat(server.line().station("CAL-A01").setpoints().get("line_speed")).isEqualTo(35.0);
        await().atMost(Duration.ofSeconds(10))
                .until(
                        () -> {
                            double speed = (Double) read(shown).getValue().getValue();
                            return speed == 35.0
                                    || speed == 0.0 && !"Executing".equals(state("CAL-A01"));
                        });
        assertThat(
                        write(
                                        browsing.childId(recipe, ns("CALENDER"), "ActiveRecipeId"),
                                        "LFP-280P-CALENDERING-ANODE")
                                .isGood())
                .isTrue();
    }

    @Test
    void anInjectedGaugeFailureReadsBadNotANumber() throws Exception {
        NodeId coatWeight = browsing.childId(machine("COAT-C01"), ns("COATER"), "CoatWeight");
        server.line().inject(FaultKind.GAUGE_FAILURE, "COAT-C01", 1, 3600);

        await().atMost(Duration.ofSeconds(5))
                .until(
                        () ->
                                client.readValue(0.0, TimestampsToReturn.Both, coatWeight)
                                                .getStatusCode()
                                                .getValue()
                                        == StatusCodes.Bad_SensorFailure);
        server.line().faults().clear();
        await().atMost(Duration.ofSeconds(5))
                .until(() -> read(coatWeight).getStatusCode().isGood());
    }

    private static String state(String equipmentId) throws UaException {
        return (String)
                read(browsing.childId(machine(equipmentId), MACHINERY, "MachineryItemState"))
                        .getValue()
                        .getValue();
    }

    private static StatusCode write(NodeId node, Object value) throws Exception {
        return client.writeValues(List.of(node), List.of(DataValue.valueOnly(new Variant(value))))
                .get(0);
    }

    private static String ns(String family) {
        return StationNamespace.URI_PREFIX + family.toLowerCase();
    }

    private static NodeId machine(String equipmentId) throws UaException {
        NodeId machines = browsing.childId(NodeIds.ObjectsFolder, MACHINERY, "Machines");
        return browsing.childId(
                machines,
                ns(server.line().station(equipmentId).equipmentClass().name()),
                equipmentId);
    }

    private static DataValue read(NodeId node) throws UaException {
        return client.readValue(0.0, TimestampsToReturn.Both, node);
    }

    private static <T> T decode(DataValue value, Class<T> type) {
        Object body = value.getValue().getValue();
        if (body instanceof ExtensionObject encoded) {
            body = encoded.decode(client.getStaticEncodingContext());
        }
        return type.cast(body);
    }
}
