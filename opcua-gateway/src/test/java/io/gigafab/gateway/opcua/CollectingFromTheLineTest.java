package io.gigafab.gateway.opcua;

import static io.gigafab.gateway.opcua.Configs.browse;
import static io.gigafab.gateway.opcua.Configs.coater;
import static io.gigafab.gateway.opcua.Configs.endpoint;
import static io.gigafab.gateway.opcua.Configs.machine;
import static io.gigafab.gateway.opcua.Configs.polledTag;
import static io.gigafab.gateway.opcua.Configs.tag;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.gigafab.events.EquipmentClass;
import io.gigafab.events.equipment.EquipmentEvent;
import io.gigafab.events.equipment.MachineryItemState;
import io.gigafab.events.equipment.StateChange;
import io.gigafab.events.measurement.Quality;
import io.gigafab.events.measurement.Sample;
import io.gigafab.events.measurement.SampleValue;
import io.gigafab.gateway.GatewayMetrics;
import io.gigafab.gateway.config.Deadband;
import io.gigafab.gateway.config.EndpointSettings;
import io.gigafab.gateway.config.MachineSettings;
import io.gigafab.gateway.config.PkiSettings;
import io.gigafab.simulator.EquipmentServer;
import io.gigafab.simulator.line.FaultKind;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.milo.opcua.stack.core.StatusCodes;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The gateway collecting from the simulated line over real OPC UA TCP. */
class CollectingFromTheLineTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    private static EquipmentServer server;

    @TempDir Path pki;

    private final CollectedData collected = new CollectedData();
    private final GatewayMetrics metrics = new GatewayMetrics();
    private final List<EndpointConnection> connections = new ArrayList<>();

    @BeforeAll
    static void startLine() throws Exception {
        server = SimulatedLine.start();
    }

    @AfterAll
    static void stopLine() {
        if (server != null) {
            server.close();
        }
    }

    @AfterEach
    void closeConnections() {
        connections.forEach(EndpointConnection::close);
        server.line().faults().clear();
    }

    @Test
    void coaterValuesArriveGoodWithUnitSourceTimeAndRollContext() {
        Instant started = Instant.now();
        connect(coater());

        await().atMost(WAIT).until(() -> collected.samples("coating.coatWeight").size() >= 3);
        await().atMost(WAIT).until(() -> !collected.samples("coating.webSpeed").isEmpty());
        assertThat(collected.all())
                .allSatisfy(
                        received -> {
                            assertThat(received.equipment().path())
                                    .isEqualTo("gf1/cells/L1/COAT-C01");
                            assertThat(received.equipment().equipmentClass())
                                    .isEqualTo(EquipmentClass.COATER);
                        });
        assertThat(collected.samples("coating.coatWeight"))
                .allSatisfy(
                        sample -> {
                            assertThat(sample.quality()).isEqualTo(Quality.GOOD);
                            assertThat(sample.value().asNumber().getAsDouble())
                                    .isBetween(15.0, 30.0);
                            assertThat(sample.engineeringUnit()).isEqualTo("mg/cm²");
                            assertThat(sample.sourceTimestamp())
                                    .isAfter(started.minusSeconds(5))
                                    .isBefore(Instant.now().plusSeconds(5));
                            assertThat(sample.serverTimestamp()).isNotNull();
                            assertThat(sample.context().rollId()).matches("RC-GW-\\d{5}");
                            assertThat(sample.context().positionM()).isGreaterThanOrEqualTo(0.0);
                        });
        assertThat(metrics.render())
                .contains("gigafab_gateway_endpoint_connected{endpoint=\"line\"} 1");
    }

    @Test
    void browseRuleCollectsExactlyTheMatchingFormationChannels() {
        MachineSettings formation =
                machine(
                        "FORM-01",
                        EquipmentClass.FORMATION,
                        List.of(),
                        List.of(browse("Tray01/Ch0[1-4]/(Voltage|Current)", "formation.")),
                        Map.of("trayId", "Tray01/TrayId", "cellId", "./CellId"));
        connect(formation);

        Set<String> expected = new java.util.TreeSet<>();
        for (int channel = 1; channel <= 4; channel++) {
            expected.add("formation.Tray01.Ch0" + channel + ".Voltage");
            expected.add("formation.Tray01.Ch0" + channel + ".Current");
        }
        await().atMost(WAIT).until(() -> tags().equals(expected));
        await().atMost(WAIT)
                .until(() -> withCell(collected.samples("formation.Tray01.Ch03.Voltage")));
        Sample voltage =
                collected.samples("formation.Tray01.Ch03.Voltage").stream()
                        .filter(CollectingFromTheLineTest::hasCellAndTray)
                        .findFirst()
                        .orElseThrow();
        assertThat(voltage.engineeringUnit()).isEqualTo("V");
        assertThat(voltage.context().cellId()).startsWith("C-GW-");
        assertThat(tags()).isEqualTo(expected);
    }

    @Test
    void anInjectedGaugeFailureArrivesAsBadSamplesWithoutValue() {
        connect(coater());
        await().atMost(WAIT).until(() -> !collected.samples("coating.coatWeight").isEmpty());

        server.line().inject(FaultKind.GAUGE_FAILURE, "COAT-C01", 1, 3600);

        await().atMost(WAIT)
                .until(
                        () ->
                                collected.samples("coating.coatWeight").stream()
                                        .anyMatch(s -> s.quality() == Quality.BAD));
        Sample bad =
                collected.samples("coating.coatWeight").stream()
                        .filter(s -> s.quality() == Quality.BAD)
                        .findFirst()
                        .orElseThrow();
        assertThat(bad.statusCode()).isEqualTo(StatusCodes.Bad_SensorFailure);
        assertThat(bad.value()).isNull();
        assertThat(bad.context().rollId()).startsWith("RC-GW-");
    }

    @Test
    void aPolledTagIsReadPeriodically() {
        MachineSettings coater =
                machine(
                        "COAT-C01",
                        EquipmentClass.COATER,
                        List.of(polledTag("coating.positionM", "PositionM", 200)),
                        List.of(),
                        Map.of());
        connect(coater);

        await().atMost(WAIT).until(() -> collected.samples("coating.positionM").size() >= 5);
        List<Sample> polled = collected.samples("coating.positionM");
        assertThat(polled).extracting(Sample::quality).containsOnly(Quality.GOOD);
        assertThat(polled).extracting(Sample::sourceTimestamp).doesNotHaveDuplicates();
        assertThat(metrics.render())
                .contains("gigafab_gateway_polled_tags{machine=\"COAT-C01\"} 1");
    }

    @Test
    void aMonitoredItemTheServerRefusesIsPolledInstead() {
        // an absolute deadband on a text variable: the server answers Bad_FilterNotAllowed
        MachineSettings coater =
                machine(
                        "COAT-C01",
                        EquipmentClass.COATER,
                        List.of(
                                tag("coating.webSpeed", "WebSpeed"),
                                tag(
                                        "coating.motherRoll",
                                        "MotherRollId",
                                        new Deadband("absolute", 0.5))),
                        List.of(),
                        Map.of());
        connect(coater);

        await().atMost(WAIT).until(() -> !collected.samples("coating.motherRoll").isEmpty());
        assertThat(collected.samples("coating.motherRoll").get(0).value())
                .isInstanceOfSatisfying(
                        SampleValue.TextValue.class,
                        text -> assertThat(text.text()).startsWith("RC-GW-"));
        assertThat(metrics.render())
                .contains("gigafab_gateway_monitored_item_failures_total{machine=\"COAT-C01\"} 1")
                .contains("gigafab_gateway_polled_tags{machine=\"COAT-C01\"} 1");
        await().atMost(WAIT).until(() -> !collected.samples("coating.webSpeed").isEmpty());
    }

    @Test
    void aPathTheServerDoesNotHaveIsReportedAndTheRestIsCollected() {
        MachineSettings coater =
                machine(
                        "COAT-C01",
                        EquipmentClass.COATER,
                        List.of(
                                tag("coating.webSpeed", "WebSpeed"),
                                tag("coating.flux", "FluxCapacitor")),
                        List.of(),
                        Map.of("lotId", "SlurryLot"));
        connect(coater);

        await().atMost(WAIT).until(() -> !collected.samples("coating.webSpeed").isEmpty());
        assertThat(collected.samples("coating.flux")).isEmpty();
        assertThat(metrics.render())
                .contains("gigafab_gateway_unresolved_nodes{machine=\"COAT-C01\"} 2");
    }

    @Test
    void aStoppedStackerSendsAStateChange() {
        MachineSettings stacker =
                machine(
                        "STACK-01",
                        EquipmentClass.STACKER,
                        List.of(tag("stacking.cycleTime", "CycleTime")),
                        List.of(),
                        Map.of());
        connect(stacker);
        await().atMost(WAIT).until(() -> !states().isEmpty());
        assertThat(states().get(0).from()).isNull();
        assertThat(states().get(0).to()).isEqualTo(MachineryItemState.EXECUTING);

        server.line().inject(FaultKind.MACHINE_STOP, "STACK-01", 1, 3600);

        await().atMost(WAIT).until(() -> states().size() >= 2);
        StateChange stop = states().get(1);
        assertThat(stop.from()).isEqualTo(MachineryItemState.EXECUTING);
        assertThat(stop.to()).isEqualTo(MachineryItemState.NOT_EXECUTING);
        assertThat(stop.equipment().equipmentId()).isEqualTo("STACK-01");
    }

    @Test
    void recipeNodesAreResolvedByBrowsePath() {
        EndpointConnection connection = connect(coater());
        await().atMost(WAIT).until(connection::connected);

        assertThat(connection.resolve("COAT-C01", "Recipe/web_speed").toParseableString())
                .endsWith("COAT-C01/Recipe/web_speed");
        assertThat(connection.client()).isPresent();
        assertThat(connection.equipmentIds()).containsExactly("COAT-C01");
        assertThatThrownBy(() -> connection.resolve("COAT-C01", "Recipe/warp_speed"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("warp_speed");
        assertThatThrownBy(() -> connection.resolve("CAL-C01", "Recipe/roll_gap"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not on endpoint");
    }

    @Test
    void closeLeavesNoGatewayThreadBehind() {
        EndpointConnection connection = connect(coater());
        await().atMost(WAIT).until(() -> !collected.samples("coating.webSpeed").isEmpty());

        connection.close();

        await().atMost(Duration.ofSeconds(10)).until(() -> gatewayThreads().isEmpty());
        assertThat(connection.connected()).isFalse();
        assertThat(connection.client()).isEmpty();
    }

    private EndpointConnection connect(MachineSettings machine) {
        EndpointSettings endpoint = endpoint("line", server.endpointUrl(), machine);
        var connection =
                new EndpointConnection(
                        "gf1",
                        endpoint,
                        new PkiSettings(pki, false),
                        collected,
                        collected,
                        metrics);
        connections.add(connection);
        connection.start();
        return connection;
    }

    private Set<String> tags() {
        return collected.all().stream()
                .map(r -> r.sample().tag())
                .collect(Collectors.toCollection(java.util.TreeSet::new));
    }

    private static boolean withCell(List<Sample> samples) {
        return samples.stream().anyMatch(CollectingFromTheLineTest::hasCellAndTray);
    }

    private static boolean hasCellAndTray(Sample sample) {
        return sample.context() != null
                && sample.context().cellId() != null
                && sample.context().trayId() != null;
    }

    private List<StateChange> states() {
        List<StateChange> states = new ArrayList<>();
        for (EquipmentEvent event : collected.events()) {
            if (event instanceof StateChange change) {
                states.add(change);
            }
        }
        return states;
    }

    static Set<String> gatewayThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(Thread::isAlive)
                .map(Thread::getName)
                .filter(name -> name.startsWith(ConnectionThreads.PREFIX))
                .collect(Collectors.toSet());
    }
}
