package io.gigafab.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.gigafab.events.measurement.Sample;
import io.gigafab.stack.CoatingFaultScenario;
import io.gigafab.stack.LibraryRecipes;
import io.gigafab.stack.LineDriver;
import io.gigafab.stack.LineLayout;
import io.gigafab.stack.MesClient;
import io.gigafab.stack.PlantInABox;
import io.gigafab.stack.SimulatorControl;
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
 * yield-analytics job's containment insight and recipe suggestion → the MES holds exactly those
 * cells and drafts a recipe version by itself → an operator cannot move a held cell on → the
 * engineer and the operator see all of it in the browser. In this order; nothing is published by
 * the test.
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
    private static MesQueries mes;
    private static SimulatorControl simulator;
    private static CoatingFaultScenario scenario;
    private static SimulatorControl.Footprint footprint;
    private static JsonNode containment;
    private static JsonNode recipeSuggestion;
    private static Map<String, String> heldCellAtTerminal;

    @BeforeAll
    static void production(PlantInABox running, LineDriver lineDriver) throws Exception {
        plant = running;
        driver = lineDriver;
        // Sessions that renew their tokens: the test outlasts an access token's 5 minutes.
        operator = new MesClient(plant.mesUrl(), plant.logins().session("demo-operator"));
        engineer = new MesClient(plant.mesUrl(), plant.logins().session("demo-engineer"));
        mes = new MesQueries(engineer);
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

        List<Sample> moisture = CoaterValues.moistureAlong(plant.kafka().bootstrapServers(), roll);
        assertThat(CoaterValues.meanOf(moisture, footprint, true))
                .as("residual moisture on Kafka inside the faulty metres vs outside")
                .isGreaterThan(CoaterValues.meanOf(moisture, footprint, false) + 150);
        await().atMost(Duration.ofMinutes(2))
                .pollInterval(Duration.ofSeconds(3))
                .untilAsserted(
                        () ->
                                assertThat(
                                                CoaterValues.measurementsInTable(
                                                        plant.jdbcUrl(),
                                                        roll,
                                                        footprint.startM(),
                                                        footprint.endM()))
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
                .until(() -> mes.insight("CONTAINMENT_SUGGESTION", roll) != null);
        containment = mes.insight("CONTAINMENT_SUGGESTION", roll);

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
    }

    @Test
    @Order(3)
    void theRecipeSuggestionBecomesADraftVersion() {
        String roll = scenario.faultyRoll();
        await().atMost(Duration.ofMinutes(3))
                .pollInterval(Duration.ofSeconds(3))
                .until(() -> mes.insight("RECIPE_SUGGESTION", roll) != null);
        recipeSuggestion = mes.insight("RECIPE_SUGGESTION", roll);
        JsonNode action = recipeSuggestion.path("insight").path("suggestedAction");
        String recipe = LibraryRecipes.LINE_1.get(CoatingFaultScenario.COATER);
        String parameter = action.path("parameter").asText();

        assertThat(recipeSuggestion.path("status").asText())
                .as(recipeSuggestion.path("actionNote").asText())
                .isEqualTo("ACTED");
        assertThat(parameter)
                .as("a parameter the dryer drift moved")
                .matches("dryer_zone_\\d_temp|coat_weight|dry_thickness|wet_thickness");
        assertThat(recipeSuggestion.path("draftRecipeId").asText()).isEqualTo(recipe);
        int draft = recipeSuggestion.path("draftRecipeVersion").asInt();
        JsonNode version = engineer.get("/api/recipes/" + recipe + "/versions/" + draft).json();
        assertThat(version.path("header").path("status").asText()).isEqualTo("DRAFT");
        int base = recipeSuggestion.path("insight").path("scope").path("recipeVersion").asInt();
        double before =
                MesQueries.target(
                        engineer.get("/api/recipes/" + recipe + "/versions/" + base).json(),
                        parameter);
        double after = MesQueries.target(version, parameter);
        if (action.path("direction").asText().equals("INCREASE")) {
            assertThat(after).as("%s raised in the draft", parameter).isGreaterThan(before);
        } else {
            assertThat(after).as("%s lowered in the draft", parameter).isLessThan(before);
        }
    }

    @Test
    @Order(4)
    void exactlyTheCellsContainingTheFaultyMetresAreHeld() {
        JsonNode segment = containment.path("insight").path("suggestedAction").path("rollSegment");
        String roll = segment.path("rollId").asText();
        Set<String> contained =
                mes.cellsOf(
                        roll, segment.path("startM").asDouble(), segment.path("endM").asDouble());
        Set<String> heldByInsight = new TreeSet<>();
        JsonNode rollHold = null;
        for (JsonNode hold : engineer.get("/api/holds").json()) {
            if (hold.path("insightId").asText().equals(containment.path("id").asText())) {
                heldByInsight.addAll(
                        MesQueries.cells(
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

        Set<String> wholeRoll = mes.cellsOf(roll, 0, plant.line().rollLengthM());
        Set<String> outside = new HashSet<>(wholeRoll);
        outside.removeAll(contained);
        assertThat(outside).as("cells of %s outside the interval", roll).isNotEmpty();
        for (String cell : outside) {
            assertThat(operator.get("/api/units/" + cell).json().path("activeHolds"))
                    .as("holds on %s, made from metres outside the interval", cell)
                    .isEmpty();
        }
        for (String cell : wholeRoll) {
            JsonNode metres = mes.metresOf(cell, roll);
            if (metres.path("startM").asDouble() >= footprint.startM()
                    && metres.path("endM").asDouble() <= footprint.endM()) {
                assertThat(contained).as("a cell made only of faulty metres").contains(cell);
            }
        }
    }

    @Test
    @Order(5)
    void anOperatorCannotMoveAHeldCellOn() {
        JsonNode segment = containment.path("insight").path("suggestedAction").path("rollSegment");
        Set<String> held =
                mes.cellsOf(
                        segment.path("rollId").asText(),
                        segment.path("startM").asDouble(),
                        segment.path("endM").asDouble());
        JsonNode[] atMachine = new JsonNode[1];
        await().atMost(Duration.ofMinutes(3))
                .pollInterval(Duration.ofSeconds(3))
                .until(() -> (atMachine[0] = heldCellAtACellMachine(held)) != null);
        JsonNode cell = atMachine[0];
        String id = cell.path("id").asText();
        boolean inProcess = cell.path("status").asText().equals("IN_PROCESS");
        String station =
                inProcess
                        ? cell.path("currentEquipment").asText()
                        : LineLayout.CELL_MACHINES.get(cell.path("nextOperation").asText());
        MesClient.Answer refused =
                inProcess
                        ? operator.post("/api/units/" + id + "/track-out", Map.of("result", "PASS"))
                        : operator.post(
                                "/api/units/" + id + "/track-in", Map.of("equipmentId", station));

        assertThat(refused.status()).as(refused.body()).isEqualTo(409);
        assertThat(refused.json().path("detail").asText())
                .contains(id + " is on hold")
                .contains(cell.path("activeHolds").get(0).asText());
        assertThat(operator.get("/api/units/" + id).json().path("status").asText())
                .as("the refused cell did not move")
                .isEqualTo(cell.path("status").asText());
        heldCellAtTerminal =
                Map.of(
                        "HELD_CELL", id,
                        "STATION", station,
                        "ACTION", inProcess ? "track-out" : "track-in");
    }

    @Test
    @Order(6)
    void theEngineerAndTheOperatorSeeItInTheBrowser() throws Exception {
        Map<String, String> env = new java.util.HashMap<>(heldCellAtTerminal);
        env.put("FAULTY_ROLL", scenario.faultyRoll());
        env.put("RECIPE_ID", recipeSuggestion.path("draftRecipeId").asText());
        env.put("DRAFT_VERSION", recipeSuggestion.path("draftRecipeVersion").asText());
        env.put(
                "PARAMETER",
                recipeSuggestion
                        .path("insight")
                        .path("suggestedAction")
                        .path("parameter")
                        .asText());

        String output = BrowserScript.run("demo-flow-browser-test.mjs", plant, env);

        assertThat(output)
                .contains(
                        "engineer: grade-A yield per 10 min from ",
                        "engineer: containment insight: ",
                        "engineer: recipe suggestion: ",
                        "engineer: draft ",
                        "engineer: roll map with the held interval",
                        "operator: " + env.get("ACTION") + " refused: ");
        for (String shot :
                List.of(
                        "demo-engineer-insights.png",
                        "demo-engineer-roll-map.png",
                        "demo-operator-hold.png")) {
            assertThat(BrowserScript.SCREENSHOTS.resolve(shot)).isNotEmptyFile();
        }
    }

    /**
     * A held cell the operator could try to move on: waiting for a cell machine, or in process at
     * one (held after its track-in); in process preferred; null when none is.
     */
    private static JsonNode heldCellAtACellMachine(Set<String> held) {
        JsonNode waiting = null;
        for (String id : held) {
            JsonNode unit = operator.get("/api/units/" + id).json();
            String status = unit.path("status").asText();
            if (status.equals("IN_PROCESS")
                    && LineLayout.CELL_MACHINES.containsValue(
                            unit.path("currentEquipment").asText())) {
                return unit;
            }
            if (status.equals("ACTIVE")
                    && LineLayout.CELL_MACHINES.containsKey(unit.path("nextOperation").asText())) {
                waiting = unit;
            }
        }
        return waiting;
    }
}
