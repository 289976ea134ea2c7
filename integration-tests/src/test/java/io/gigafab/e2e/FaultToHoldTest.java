package io.gigafab.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.gigafab.events.EventJson;
import io.gigafab.events.Topics;
import io.gigafab.events.measurement.MeasurementBatch;
import io.gigafab.events.measurement.Quality;
import io.gigafab.events.measurement.Sample;
import io.gigafab.stack.CoatingFaultScenario;
import io.gigafab.stack.LibraryRecipes;
import io.gigafab.stack.LineDriver;
import io.gigafab.stack.LineLayout;
import io.gigafab.stack.MesClient;
import io.gigafab.stack.PlantInABox;
import io.gigafab.stack.SimulatorControl;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The whole loop, issue 8: a coating fault injected into the simulated line → its values in Kafka
 * and in the analytics tables → the cells made from the faulty metres graded worse → the
 * yield-analytics job's containment insight → the MES holds exactly those cells by itself → an
 * operator cannot track a held cell in. In this order; nothing is published by the test.
 */
@ExtendWith(PlantExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FaultToHoldTest {

    /** Simulated seconds per real second while the electrode before the faulty roll is used up. */
    private static final double FAST_SPEED_UP = 40;

    /** The dryer drift: °C cooler for 2 simulated minutes, about 90 m of a 400 m roll. */
    private static final double DRIFT_DEGREES = 12;

    private static final double FAULT_MINUTES = 2;

    private static PlantInABox plant;
    private static LineDriver driver;
    private static MesClient operator;
    private static MesClient engineer;
    private static SimulatorControl simulator;
    private static CoatingFaultScenario scenario;
    private static SimulatorControl.Footprint footprint;
    private static JsonNode containment;

    @BeforeAll
    static void production(PlantInABox running, LineDriver lineDriver) throws Exception {
        plant = running;
        driver = lineDriver;
        // Sessions that renew their tokens: the test outlasts an access token's 5 minutes.
        operator = new MesClient(plant.mesUrl(), plant.logins().session("demo-operator"));
        engineer = new MesClient(plant.mesUrl(), plant.logins().session("demo-engineer"));
        simulator = new SimulatorControl(plant.simulatorControlUrl());
        assertThat(plant.analyticsRunning())
                .as("the yield-analytics job runs (its jar and target/lib are built)")
                .isTrue();
        // The coater runs the library's coating recipe (another test may have downloaded a
        // version of its own): its values carry that recipe, which the job knows the limits of.
        String coating = LibraryRecipes.LINE_1.get(CoatingFaultScenario.COATER);
        LibraryRecipes.activate(engineer, CoatingFaultScenario.COATER, coating);
        String download = LibraryRecipes.download(engineer, CoatingFaultScenario.COATER);
        await().atMost(Duration.ofMinutes(2))
                .pollInterval(Duration.ofSeconds(1))
                .until(
                        () ->
                                LibraryRecipes.downloadStatus(
                                        engineer, CoatingFaultScenario.COATER, download),
                        status -> !status.equals("REQUESTED"));
        assertThat(LibraryRecipes.downloadStatus(engineer, CoatingFaultScenario.COATER, download))
                .isEqualTo("ACCEPTED");
    }

    @AfterAll
    static void usualSpeed() {
        if (scenario != null) {
            scenario.finish();
        }
    }

    @Test
    @Order(1)
    void theFaultyCoatingReachesKafkaAndTheAnalyticsTables() throws Exception {
        await().atMost(Duration.ofMinutes(6)).until(() -> driver.cellsTracked() > 0);
        scenario =
                new CoatingFaultScenario(
                        simulator, System.out, FAST_SPEED_UP, DRIFT_DEGREES, FAULT_MINUTES);
        await().atMost(Duration.ofMinutes(4))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> scenario.step() == CoatingFaultScenario.Phase.FAST_FORWARD);
        String roll = scenario.faultyRoll();
        footprint =
                simulator.footprints().stream()
                        .filter(f -> f.rollId().equals(roll))
                        .findFirst()
                        .orElseThrow();
        assertThat(footprint.endM() - footprint.startM())
                .as("metres of %s coated under the fault", roll)
                .isBetween(50.0, 150.0);

        List<Sample> moisture = moistureAlong(roll);
        assertThat(meanOf(moisture, true))
                .as("residual moisture on Kafka inside the faulty metres vs outside")
                .isGreaterThan(meanOf(moisture, false) + 150);
        await().atMost(Duration.ofMinutes(2))
                .pollInterval(Duration.ofSeconds(3))
                .untilAsserted(
                        () ->
                                assertThat(
                                                measurementsInTable(
                                                        roll, footprint.startM(), footprint.endM()))
                                        .as("analytics_measurement rows of the faulty metres")
                                        .isPositive());
    }

    @Test
    @Order(2)
    void theContainmentInsightArrivesAndTheMesActsOnIt() {
        String roll = scenario.faultyRoll();
        // Fast until the job can judge the roll; then the usual speed, so that the rest of the
        // roll's cells are still on the line when the MES holds them.
        await().atMost(Duration.ofMinutes(8))
                .pollInterval(Duration.ofSeconds(2))
                .until(() -> CoatingFaultScenario.gradedCells(engineer, roll) >= 45);
        scenario.finish();
        await().atMost(Duration.ofMinutes(5))
                .pollInterval(Duration.ofSeconds(5))
                .until(() -> insight("CONTAINMENT_SUGGESTION", roll) != null);
        containment = insight("CONTAINMENT_SUGGESTION", roll);

        JsonNode segment = containment.path("insight").path("suggestedAction").path("rollSegment");
        assertThat(containment.path("status").asText())
                .as(containment.path("actionNote").asText())
                .isEqualTo("ACTED");
        assertThat(containment.path("confidence").asDouble()).isGreaterThanOrEqualTo(0.9);
        assertThat(containment.path("holdId").asText()).startsWith("H-");
        assertThat(segment.path("rollId").asText()).isEqualTo(roll);
        assertThat(segment.path("startM").asDouble())
                .as("the held interval against the simulator's ground truth %s", footprint)
                .isBetween(footprint.startM() - 20, footprint.startM() + 20);
        assertThat(segment.path("endM").asDouble())
                .isBetween(footprint.endM() - 20, footprint.endM() + 20);

        // Not checked: the job's RECIPE_SUGGESTION for the faulty roll (a DRAFT recipe version in
        // the MES). In this stack it does not arrive: on a 400 m demo roll the parameter–outcome
        // correlation stays below the job's confidence threshold. Issue 8 stays open for it.
    }

    @Test
    @Order(3)
    void exactlyTheCellsContainingTheFaultyMetresAreHeld() {
        JsonNode segment = containment.path("insight").path("suggestedAction").path("rollSegment");
        String roll = segment.path("rollId").asText();
        Set<String> contained =
                cellsOf(roll, segment.path("startM").asDouble(), segment.path("endM").asDouble());
        Set<String> heldByInsight = new TreeSet<>();
        JsonNode rollHold = null;
        for (JsonNode hold : engineer.get("/api/holds").json()) {
            if (hold.path("insightId").asText().equals(containment.path("id").asText())) {
                heldByInsight.addAll(
                        cells(
                                engineer.get("/api/holds/" + hold.path("id").asText() + "/units")
                                        .json()));
                if (hold.path("scope").asText().equals("ROLL_INTERVAL")) {
                    rollHold = hold;
                }
            }
        }
        assertThat(rollHold).as("the ROLL_INTERVAL hold of the insight").isNotNull();
        assertThat(rollHold.path("source").asText()).isEqualTo("INSIGHT");
        assertThat(rollHold.path("targetId").asText()).isEqualTo(roll);
        assertThat(contained)
                .as("cells containing the held metres")
                .hasSizeGreaterThanOrEqualTo(10);
        assertThat(heldByInsight).as("cells held by the insight").isEqualTo(contained);
        List<String> listed = new ArrayList<>();
        containment
                .path("insight")
                .path("suggestedAction")
                .path("cellIds")
                .forEach(c -> listed.add(c.asText()));
        assertThat(contained).containsAll(listed);

        Set<String> wholeRoll = cellsOf(roll, 0, plant.line().rollLengthM());
        Set<String> outside = new HashSet<>(wholeRoll);
        outside.removeAll(contained);
        assertThat(outside).as("cells of %s outside the interval", roll).isNotEmpty();
        for (String cell : outside) {
            assertThat(operator.get("/api/units/" + cell).json().path("activeHolds"))
                    .as("holds on %s, made from metres outside the interval", cell)
                    .isEmpty();
        }
        for (String cell : wholeRoll) {
            JsonNode metres = metresOf(cell, roll);
            if (metres.path("startM").asDouble() >= footprint.startM()
                    && metres.path("endM").asDouble() <= footprint.endM()) {
                assertThat(contained).as("a cell made only of faulty metres").contains(cell);
            }
        }
    }

    @Test
    @Order(4)
    void anOperatorCannotTrackInAHeldCell() {
        JsonNode segment = containment.path("insight").path("suggestedAction").path("rollSegment");
        Set<String> held =
                cellsOf(
                        segment.path("rollId").asText(),
                        segment.path("startM").asDouble(),
                        segment.path("endM").asDouble());
        JsonNode[] waiting = new JsonNode[1];
        await().atMost(Duration.ofMinutes(3))
                .pollInterval(Duration.ofSeconds(3))
                .until(
                        () -> {
                            for (String cell : held) {
                                JsonNode unit = operator.get("/api/units/" + cell).json();
                                if (unit.path("status").asText().equals("ACTIVE")
                                        && LineLayout.CELL_MACHINES.containsKey(
                                                unit.path("nextOperation").asText())) {
                                    waiting[0] = unit;
                                    return true;
                                }
                            }
                            return false;
                        });
        JsonNode cell = waiting[0];
        MesClient.Answer refused =
                operator.post(
                        "/api/units/" + cell.path("id").asText() + "/track-in",
                        Map.of(
                                "equipmentId",
                                LineLayout.CELL_MACHINES.get(cell.path("nextOperation").asText())));

        assertThat(refused.status()).as(refused.body()).isEqualTo(409);
        assertThat(refused.json().path("detail").asText())
                .contains(cell.path("id").asText() + " is on hold")
                .contains(cell.path("activeHolds").get(0).asText());
    }

    /** The insight of this kind about this roll, as the MES lists it, or null. */
    private static JsonNode insight(String kind, String roll) {
        for (JsonNode insight : engineer.get("/api/insights?line=L1&limit=500").json()) {
            JsonNode body = insight.path("insight");
            JsonNode segment = body.path("scope").path("rollSegment");
            if (insight.path("kind").asText().equals(kind)
                    && (roll.equals(segment.path("rollId").asText())
                            || insight.path("title").asText().contains(roll))) {
                return insight;
            }
        }
        return null;
    }

    private static Set<String> cellsOf(String roll, double fromM, double toM) {
        JsonNode answer =
                engineer.get(
                                "/api/genealogy/rolls/"
                                        + roll
                                        + "/cells?fromM="
                                        + fromM
                                        + "&toM="
                                        + toM)
                        .json();
        Set<String> cells = new TreeSet<>();
        answer.path("cells").forEach(c -> cells.add(c.path("cellId").asText()));
        return cells;
    }

    private static JsonNode metresOf(String cell, String roll) {
        for (JsonNode c :
                engineer.get("/api/genealogy/rolls/" + roll + "/cells?fromM=0&toM=100000")
                        .json()
                        .path("cells")) {
            if (c.path("cellId").asText().equals(cell)) {
                return c;
            }
        }
        throw new AssertionError(cell + " contains no metres of " + roll);
    }

    private static Set<String> cells(JsonNode units) {
        Set<String> cells = new TreeSet<>();
        units.forEach(
                u -> {
                    if (u.asText().startsWith("C-")) {
                        cells.add(u.asText());
                    }
                });
        return cells;
    }

    /** The cathode coater's residual-moisture samples along the roll, from Kafka. */
    private static List<Sample> moistureAlong(String roll) {
        List<Sample> samples = new ArrayList<>();
        for (byte[] value :
                TopicReader.readAll(plant.kafka().bootstrapServers(), Topics.MEASUREMENTS)) {
            MeasurementBatch batch = EventJson.fromJson(value, MeasurementBatch.class);
            if (!batch.equipment().equipmentId().equals(CoatingFaultScenario.COATER)) {
                continue;
            }
            for (Sample s : batch.samples()) {
                if (s.tag().endsWith("esidualMoisture")
                        && s.quality() == Quality.GOOD
                        && s.context() != null
                        && roll.equals(s.context().rollId())
                        && s.context().positionM() != null) {
                    samples.add(s);
                }
            }
        }
        return samples;
    }

    private static double meanOf(List<Sample> samples, boolean insideFootprint) {
        return samples.stream()
                .filter(
                        s -> {
                            double m = s.context().positionM();
                            boolean inside =
                                    m >= footprint.startM() + 10 && m <= footprint.endM() - 5;
                            boolean clear =
                                    m < footprint.startM() - 15 || m > footprint.endM() + 15;
                            return insideFootprint ? inside : clear;
                        })
                .mapToDouble(s -> s.value().asNumber().orElseThrow())
                .average()
                .orElseThrow(
                        () ->
                                new AssertionError(
                                        "no residual moisture "
                                                + (insideFootprint ? "inside" : "outside")
                                                + " "
                                                + footprint));
    }

    private static long measurementsInTable(String roll, double fromM, double toM)
            throws Exception {
        try (var db = DriverManager.getConnection(plant.jdbcUrl(), "postgres", "postgres");
                var query =
                        db.prepareStatement(
                                "select count(*) from analytics_measurement where roll_id = ?"
                                        + " and position_m between ? and ?"
                                        + " and equipment_id = ?")) {
            query.setString(1, roll);
            query.setDouble(2, fromM);
            query.setDouble(3, toM);
            query.setString(4, CoatingFaultScenario.COATER);
            try (var rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
