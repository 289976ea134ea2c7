package io.gigafab.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.gigafab.events.EventJson;
import io.gigafab.events.Topics;
import io.gigafab.events.measurement.MeasurementBatch;
import io.gigafab.events.measurement.Quality;
import io.gigafab.events.unit.TrackedOut;
import io.gigafab.events.unit.UnitEvent;
import io.gigafab.stack.LineDriver;
import io.gigafab.stack.MesClient;
import io.gigafab.stack.PlantInABox;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The loop simulator → OPC UA → gateway → Kafka → line driver → MES while the line produces, then
 * the same loop through a 30 s Kafka outage (nothing lost: the gateway's store-and-forward, the
 * MES's outbox) and a restart of the simulated line (data resumes; the restarted line has a new run
 * id, so its roll and cell ids are new). In this order.
 */
@ExtendWith(PlantExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ProductionLoopTest {

    private static final Set<String> FILLING_OR_LATER =
            Set.of("FILLING", "FORMATION", "AGING", "GRADING", "DONE");
    private static final Duration OUTAGE = Duration.ofSeconds(30);

    private static PlantInABox plant;
    private static LineDriver driver;
    private static MesClient operator;

    @BeforeAll
    static void production(PlantInABox running, LineDriver lineDriver) throws Exception {
        plant = running;
        driver = lineDriver;
        operator = plant.mesAs("demo-operator");
    }

    @Test
    @Order(1)
    void cellsMadeByTheLineAreTrackedThroughTheRouteInTheMes() {
        await().atMost(Duration.ofMinutes(6))
                .pollInterval(Duration.ofSeconds(3))
                .until(() -> cellsInWip(FILLING_OR_LATER) > 0);

        JsonNode wip = operator.get("/api/reports/wip?line=L1").json();
        assertThat(wip.findValuesAsText("kind")).contains("ROLL", "CELL");
        assertThat(driver.cellIds()).isNotEmpty();
        JsonNode firstCell = operator.get("/api/units/" + driver.cellIds().get(0)).json();
        assertThat(firstCell.path("kind").asText()).isEqualTo("CELL");
        assertThat(firstCell.path("orderId").asText()).isEqualTo("PO-L1-0001");
        assertThat(firstCell.path("lineId").asText()).isEqualTo("L1");
    }

    @Test
    @Order(2)
    void aKafkaOutageOf30SecondsLosesNoMeasurementAndNoUnitEvent() throws Exception {
        await().atMost(Duration.ofMinutes(6)).until(() -> driver.cellsTracked() > 0);
        Instant down = Instant.now();
        plant.kafka().stop();
        List<String> rolls = List.of(rollId(), rollId(), rollId());
        rolls.forEach(this::coatedThroughTheApi);
        await().atMost(OUTAGE)
                .until(() -> GatewayMetrics.scrape(plant.gatewayOpsUrl()).storingAndForwarding());
        Duration rest = Duration.between(Instant.now(), down.plus(OUTAGE));
        await().pollDelay(rest.isNegative() ? Duration.ZERO : rest)
                .atMost(OUTAGE.plusSeconds(5))
                .until(() -> !plant.kafka().running());
        Instant up = Instant.now();
        plant.kafka().restart();

        await().atMost(Duration.ofMinutes(3))
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> GatewayMetrics.scrape(plant.gatewayOpsUrl()).drained());
        GatewayMetrics drained = GatewayMetrics.scrape(plant.gatewayOpsUrl());
        assertThat(drained.batchesBuffered()).as("batches kept on disk in the outage").isPositive();
        Map<UUID, MeasurementBatch> inKafka = new java.util.HashMap<>();
        await().atMost(Duration.ofMinutes(1))
                .pollInterval(Duration.ofSeconds(2))
                .untilAsserted(
                        () -> {
                            inKafka.clear();
                            inKafka.putAll(measurementsInKafka());
                            assertThat(samples(inKafka))
                                    .as(
                                            "every value the gateway took is in Kafka (distinct"
                                                    + " batches)")
                                    .isGreaterThanOrEqualTo((long) drained.valuesTaken());
                        });
        GatewayMetrics after = GatewayMetrics.scrape(plant.gatewayOpsUrl());
        assertThat(after.samplesDropped()).as("samples dropped by the gateway").isZero();
        assertThat(samples(inKafka))
                .as("and nothing but what it published")
                .isLessThanOrEqualTo((long) after.samplesPublished());
        assertThat(inKafka.values())
                .as("measurements taken while Kafka was down")
                .anyMatch(b -> b.producedAt().isAfter(down) && b.producedAt().isBefore(up));

        await().atMost(Duration.ofMinutes(1))
                .untilAsserted(
                        () ->
                                assertThat(trackedOutUnits())
                                        .as("track-outs made through the API during the outage")
                                        .containsAll(rolls));
        long trackedOutInMes = trackedOutRunsInMes();
        await().atMost(Duration.ofMinutes(1))
                .pollInterval(Duration.ofSeconds(2))
                .untilAsserted(
                        () ->
                                assertThat((long) trackedOutEvents().size())
                                        .as("TrackedOut events vs operation runs tracked out")
                                        .isGreaterThanOrEqualTo(trackedOutInMes));
        long eventsNow = trackedOutEvents().size();
        assertThat(eventsNow).isLessThanOrEqualTo(trackedOutRunsInMes());
    }

    @Test
    @Order(3)
    void afterARestartOfTheSimulatedLineDataResumes() throws Exception {
        plant.restartSimulator();
        assertThat(plant.simulatorRunning()).isTrue();
        Instant restarted = Instant.now();

        await().atMost(Duration.ofMinutes(2))
                .pollInterval(Duration.ofSeconds(2))
                .until(
                        () ->
                                measurementsInKafka().values().stream()
                                                .filter(b -> b.producedAt().isAfter(restarted))
                                                .filter(
                                                        b ->
                                                                b.samples().stream()
                                                                        .anyMatch(
                                                                                s ->
                                                                                        s.quality()
                                                                                                == Quality
                                                                                                        .GOOD))
                                                .map(b -> b.equipment().equipmentId())
                                                .distinct()
                                                .count()
                                        == 11);
    }

    /** A roll registered, tracked in at the cathode coater and out, all through the MES API. */
    private void coatedThroughTheApi(String rollId) {
        MesClient.Answer roll =
                operator.post(
                        "/api/rolls",
                        Map.of(
                                "id",
                                rollId,
                                "orderId",
                                "PO-L1-0001",
                                "polarity",
                                "CATHODE",
                                "lengthM",
                                1000,
                                "materialLots",
                                List.of(Map.of("lotId", "ML-LFP-2611-001", "quantity", 1))));
        assertThat(roll.ok()).as(roll.body()).isTrue();
        MesClient.Answer in =
                operator.post(
                        "/api/units/" + rollId + "/track-in", Map.of("equipmentId", "COAT-C01"));
        assertThat(in.ok()).as(in.body()).isTrue();
        MesClient.Answer out =
                operator.post(
                        "/api/units/" + rollId + "/track-out",
                        Map.of("result", "PASS", "keyValues", Map.of()),
                        UUID.randomUUID().toString());
        assertThat(out.ok()).as(out.body()).isTrue();
    }

    private static String rollId() {
        return "RC-E2E-OUTAGE-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static long cellsInWip(Set<String> operations) {
        long cells = 0;
        for (JsonNode row : operator.get("/api/reports/wip?line=L1").json()) {
            if (row.path("kind").asText().equals("CELL")
                    && operations.contains(row.path("nextOperation").asText())) {
                cells += row.path("units").asLong();
            }
        }
        return cells;
    }

    private static long samples(Map<UUID, MeasurementBatch> batches) {
        return batches.values().stream().mapToLong(b -> b.samples().size()).sum();
    }

    private static Map<UUID, MeasurementBatch> measurementsInKafka() {
        Map<UUID, MeasurementBatch> batches = new java.util.HashMap<>();
        for (byte[] value :
                TopicReader.readAll(plant.kafka().bootstrapServers(), Topics.MEASUREMENTS)) {
            MeasurementBatch batch = EventJson.fromJson(value, MeasurementBatch.class);
            batches.put(batch.batchId(), batch);
        }
        return batches;
    }

    /** The distinct TrackedOut events on the unit-events topic, by event id. */
    private static Map<UUID, TrackedOut> trackedOutEvents() {
        Map<UUID, TrackedOut> events = new java.util.HashMap<>();
        for (byte[] value :
                TopicReader.readAll(plant.kafka().bootstrapServers(), Topics.UNIT_EVENTS)) {
            if (EventJson.fromJson(value, UnitEvent.class) instanceof TrackedOut out) {
                events.put(out.eventId(), out);
            }
        }
        return events;
    }

    private static Set<String> trackedOutUnits() {
        Set<String> units = new HashSet<>();
        trackedOutEvents().values().forEach(e -> units.add(e.unit().id()));
        return units;
    }

    /** Operation runs the MES recorded as tracked out (its own database). */
    private static long trackedOutRunsInMes() throws Exception {
        try (var db =
                        DriverManager.getConnection(
                                "jdbc:postgresql://localhost:"
                                        + plant.postgres().port()
                                        + "/postgres",
                                "postgres",
                                "postgres");
                var rows =
                        db.createStatement()
                                .executeQuery(
                                        "select count(*) from operation_run"
                                                + " where tracked_out_at is not null")) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
