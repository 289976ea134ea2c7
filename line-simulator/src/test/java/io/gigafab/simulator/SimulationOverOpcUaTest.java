package io.gigafab.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.Unsigned.uint;

import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.milo.opcua.sdk.client.OpcUaClient;
import org.eclipse.milo.opcua.stack.core.NodeIds;
import org.eclipse.milo.opcua.stack.core.Stack;
import org.eclipse.milo.opcua.stack.core.StatusCodes;
import org.eclipse.milo.opcua.stack.core.UaException;
import org.eclipse.milo.opcua.stack.core.types.builtin.DataValue;
import org.eclipse.milo.opcua.stack.core.types.builtin.DiagnosticInfo;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;
import org.eclipse.milo.opcua.stack.core.types.builtin.Variant;
import org.eclipse.milo.opcua.stack.core.types.enumerated.BrowseDirection;
import org.eclipse.milo.opcua.stack.core.types.enumerated.BrowseResultMask;
import org.eclipse.milo.opcua.stack.core.types.enumerated.NodeClass;
import org.eclipse.milo.opcua.stack.core.types.enumerated.TimestampsToReturn;
import org.eclipse.milo.opcua.stack.core.types.structured.BrowseDescription;
import org.eclipse.milo.opcua.stack.core.types.structured.CallMethodRequest;
import org.eclipse.milo.opcua.stack.core.types.structured.CallMethodResult;
import org.eclipse.milo.opcua.stack.core.types.structured.ReferenceDescription;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Scenario control through the methods and variables of {@code Objects/Simulation}. */
class SimulationOverOpcUaTest {

    private static final String SIMULATION = SimulationNamespace.URI;
    private static final Duration PATIENCE = Duration.ofSeconds(10);

    private static EquipmentServer server;
    private static OpcUaClient client;
    private static OpcUaBrowsing browsing;
    private static NodeId simulation;

    @BeforeAll
    static void startServerAndConnect() throws Exception {
        server = EquipmentServer.builder().port(0).line(FastLine.definition("SIM")).start();
        client = OpcUaClient.create(server.endpointUrl());
        client.connect();
        browsing = new OpcUaBrowsing(client);
        simulation = browsing.childId(NodeIds.ObjectsFolder, SIMULATION, "Simulation");
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

    @AfterEach
    void resetScenario() throws ScenarioRejected {
        server.scenario().clearFaults();
        server.scenario().speedUp(FastLine.SPEED_UP);
    }

    @Test
    void theSimulationObjectShowsTheScenario() throws Exception {
        assertThat(browsing.children(simulation))
                .extracting(r -> r.getBrowseName().name())
                .contains(
                        "SimulatedTimeS",
                        "SpeedUp",
                        "ActiveFaults",
                        "CellsFinished",
                        "Seed",
                        "Design");
        assertThat(methods()).containsKeys("InjectFault", "ClearFaults", "SetSpeedUp");
        assertThat(value("Seed")).isEqualTo(5L);
        assertThat(value("Design")).isEqualTo("LFP-280P");
        assertThat((Double) value("SpeedUp")).isEqualTo(FastLine.SPEED_UP);
        assertThat((String[]) value("ActiveFaults")).isEmpty();
        double before = (Double) value("SimulatedTimeS");
        assertThat(before).isGreaterThanOrEqualTo(3 * 3600.0);
        await().atMost(PATIENCE).until(() -> (Double) value("SimulatedTimeS") > before);
        assertThat((Integer) value("CellsFinished")).isNotNegative();
    }

    @Test
    void anInjectedGaugeFailureReadsBadUntilTheFaultsAreCleared() throws Exception {
        NodeId coatWeight = coatWeight();

        CallMethodResult injected = call("InjectFault", "GAUGE_FAILURE", "COAT-C01", 1.0, 60.0);

        assertThat(injected.getStatusCode().isGood()).isTrue();
        assertThat((String) injected.getOutputArguments()[0].getValue())
                .startsWith("GAUGE_FAILURE on COAT-C01");
        await().atMost(PATIENCE)
                .until(
                        () ->
                                read(coatWeight).getStatusCode().getValue()
                                        == StatusCodes.Bad_SensorFailure);
        assertThat((String[]) value("ActiveFaults"))
                .singleElement()
                .asString()
                .startsWith("GAUGE_FAILURE on COAT-C01");

        CallMethodResult cleared = call("ClearFaults");

        assertThat(cleared.getStatusCode().isGood()).isTrue();
        assertThat(cleared.getOutputArguments()[0].getValue()).isEqualTo(1);
        await().atMost(PATIENCE).until(() -> read(coatWeight).getStatusCode().isGood());
        await().atMost(PATIENCE).until(() -> ((String[]) value("ActiveFaults")).length == 0);
    }

    @Test
    void anUnknownKindIsAnInvalidArgumentThatNamesTheValidKinds() throws Exception {
        CallMethodResult result = call("InjectFault", "SPARKS", "COAT-C01", 1.0, 10.0);

        assertThat(result.getStatusCode().getValue()).isEqualTo(StatusCodes.Bad_InvalidArgument);
        assertThat(result.getInputArgumentResults()[0].getValue())
                .isEqualTo(StatusCodes.Bad_InvalidArgument);
        assertThat(result.getInputArgumentResults()[1].isGood()).isTrue();
        assertThat(reason(result, 0))
                .contains("unknown fault kind SPARKS")
                .contains("DRYER_DRIFT", "MACHINE_STOP");
        assertThat(server.line().faults().all()).isEmpty();
    }

    @Test
    void unknownMachinesAndImpossibleNumbersAreInvalidArgumentsAndChangeNothing() throws Exception {
        CallMethodResult noMachine = call("InjectFault", "MACHINE_STOP", "COAT-X99", 1.0, 10.0);
        CallMethodResult noDuration = call("InjectFault", "DRYER_DRIFT", "COAT-C01", 5.0, -1.0);
        CallMethodResult noMagnitude =
                call("InjectFault", "DRYER_DRIFT", "COAT-C01", Double.NaN, 10.0);
        CallMethodResult wrongFamily = call("InjectFault", "DRYER_DRIFT", "STACK-01", 5.0, 10.0);

        assertThat(List.of(noMachine, noDuration, noMagnitude, wrongFamily))
                .allSatisfy(
                        r ->
                                assertThat(r.getStatusCode().getValue())
                                        .isEqualTo(StatusCodes.Bad_InvalidArgument));
        assertThat(reason(noMachine, 1)).startsWith("no machine COAT-X99 on line L1");
        assertThat(reason(noDuration, 3)).contains("positive").contains("-1");
        assertThat(reason(noMagnitude, 2)).contains("finite magnitude");
        assertThat(reason(wrongFamily, 1)).contains("COATER machines (COAT-C01, COAT-A01)");
        assertThat(server.line().faults().all()).isEmpty();
    }

    @Test
    void aMagnitudeThatIsNotADoubleIsATypeMismatch() throws Exception {
        CallMethodResult result =
                call("InjectFault", "DRYER_DRIFT", "COAT-C01", Variant.ofInt32(5), 10.0);

        assertThat(result.getStatusCode().getValue()).isEqualTo(StatusCodes.Bad_InvalidArgument);
        assertThat(result.getInputArgumentResults()[2].getValue())
                .isEqualTo(StatusCodes.Bad_TypeMismatch);
        assertThat(server.line().faults().all()).isEmpty();
    }

    @Test
    void setSpeedUpChangesTheLineAndRefusesFactorsOutOfRange() throws Exception {
        assertThat(call("SetSpeedUp", 500.0).getStatusCode().isGood()).isTrue();

        assertThat(server.line().speedUp()).isEqualTo(500.0);
        await().atMost(PATIENCE).until(() -> (Double) value("SpeedUp") == 500.0);

        for (double factor : new double[] {0.0, -2.0, 100_001.0, Double.NaN}) {
            CallMethodResult refused = call("SetSpeedUp", factor);
            assertThat(refused.getStatusCode().getValue())
                    .isEqualTo(StatusCodes.Bad_InvalidArgument);
            assertThat(reason(refused, 0)).contains("(0, 100000]");
        }
        assertThat(server.line().speedUp()).isEqualTo(500.0);
    }

    private static CallMethodResult call(String method, Object... inputs) throws UaException {
        Variant[] values =
                Arrays.stream(inputs)
                        .map(v -> v instanceof Variant variant ? variant : new Variant(v))
                        .toArray(Variant[]::new);
        var request = new CallMethodRequest(simulation, methods().get(method), values);
        return client.call(List.of(request)).getResults()[0];
    }

    /** The reason the server gave for refusing input argument {@code index}. */
    private static String reason(CallMethodResult result, int index) {
        DiagnosticInfo diagnostic = result.getInputArgumentDiagnosticInfos()[index];
        return diagnostic.additionalInfo();
    }

    private static Map<String, NodeId> methods() throws UaException {
        var browse =
                new BrowseDescription(
                        simulation,
                        BrowseDirection.Forward,
                        NodeIds.HasComponent,
                        true,
                        uint(NodeClass.Method.getValue()),
                        uint(BrowseResultMask.All.getValue()));
        ReferenceDescription[] references = client.browse(browse).getReferences();
        var methods = new HashMap<String, NodeId>();
        for (ReferenceDescription reference : references) {
            methods.put(reference.getBrowseName().name(), browsing.nodeId(reference));
        }
        return methods;
    }

    private static NodeId coatWeight() throws UaException {
        NodeId machines =
                browsing.childId(NodeIds.ObjectsFolder, MachineryNamespace.URI, "Machines");
        String coater = StationNamespace.URI_PREFIX + "coater";
        return browsing.path(machines, coater, "COAT-C01", coater, "CoatWeight");
    }

    private static Object value(String variable) throws UaException {
        return read(browsing.childId(simulation, SIMULATION, variable)).getValue().getValue();
    }

    private static DataValue read(NodeId node) throws UaException {
        return client.readValue(0.0, TimestampsToReturn.Both, node);
    }
}
