package io.gigafab.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Scenario control over HTTP, with a real client against the running simulator. */
class ControlServerTest {

    private static final Duration PATIENCE = Duration.ofSeconds(15);
    private static final ObjectMapper JSON = new ObjectMapper();

    private static EquipmentServer server;
    private static HttpClient http;
    private static String url;

    @BeforeAll
    static void startServer() throws IOException {
        server =
                EquipmentServer.builder()
                        .port(0)
                        .controlPort(0)
                        .line(FastLine.definition("HTTP"))
                        .start();
        url = server.controlUrl().orElseThrow();
        http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    }

    @AfterAll
    static void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    @AfterEach
    void resetScenario() throws ScenarioRejected {
        server.scenario().clearFaults();
        server.scenario().speedUp(FastLine.SPEED_UP);
    }

    @Test
    void controlUrlIsOnTheBindAddress() {
        assertThat(url).matches("http://127\\.0\\.0\\.1:\\d+");
    }

    @Test
    void statusShowsTheScenarioAndEveryMachine() throws Exception {
        HttpResponse<String> response = send("GET", "/status", null);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).contains("application/json");
        JsonNode status = JSON.readTree(response.body());
        assertThat(status.get("design").asText()).isEqualTo("LFP-280P");
        assertThat(status.get("seed").asLong()).isEqualTo(5);
        assertThat(status.get("speedUp").asDouble()).isEqualTo(FastLine.SPEED_UP);
        assertThat(status.get("simulatedTimeS").asDouble()).isGreaterThanOrEqualTo(3 * 3600.0);
        assertThat(status.get("cellsFinished").isInt()).isTrue();
        assertThat(status.get("faults")).isEmpty();
        assertThat(status.get("machines")).hasSize(11);
        assertThat(status.get("machines").get(0).fieldNames())
                .toIterable()
                .containsExactly("equipmentId", "equipmentClass", "state", "rollId", "positionM");
        JsonNode coater = machine(status, "COAT-C01");
        assertThat(coater.get("rollId").asText()).startsWith("RC-");
        assertThat(coater.get("positionM").asDouble()).isBetween(0.0, 1000.0);
        assertThat(machine(status, "STACK-01").get("rollId").isNull()).isTrue();
        assertThat(machine(status, "STACK-01").get("positionM").isNull()).isTrue();
    }

    private static JsonNode machine(JsonNode status, String equipmentId) {
        for (JsonNode machine : status.get("machines")) {
            if (machine.get("equipmentId").asText().equals(equipmentId)) {
                return machine;
            }
        }
        throw new AssertionError("no machine " + equipmentId + " in " + status);
    }

    @Test
    void aPostedMachineStopStopsTheStacker() throws Exception {
        HttpResponse<String> created =
                send(
                        "POST",
                        "/faults",
                        "{\"kind\":\"MACHINE_STOP\",\"equipmentId\":\"STACK-01\","
                                + "\"magnitude\":1,\"durationMinutes\":120}");

        assertThat(created.statusCode()).isEqualTo(201);
        JsonNode fault = JSON.readTree(created.body());
        assertThat(fault.get("kind").asText()).isEqualTo("MACHINE_STOP");
        assertThat(fault.get("equipmentId").asText()).isEqualTo("STACK-01");
        assertThat(fault.get("durationS").asDouble()).isEqualTo(7200.0);
        assertThat(fault.get("active").asBoolean()).isTrue();
        await().atMost(PATIENCE).until(() -> "NotExecuting".equals(state("STACK-01")));
        JsonNode faults = JSON.readTree(send("GET", "/faults", null).body());
        assertThat(faults).hasSize(1);
        assertThat(faults.get(0).get("description").asText())
                .startsWith("MACHINE_STOP on STACK-01");
    }

    @Test
    void malformedRequestsAreProblemsThatSayWhatIsWrongAndAddNoFault() throws Exception {
        HttpResponse<String> notJson = send("POST", "/faults", "{\"kind\": \"MACHINE_STOP\"");
        HttpResponse<String> noMachine =
                send(
                        "POST",
                        "/faults",
                        "{\"kind\":\"MACHINE_STOP\",\"equipmentId\":\"STACK-99\","
                                + "\"durationMinutes\":10}");
        HttpResponse<String> unknownKind =
                send(
                        "POST",
                        "/faults",
                        "{\"kind\":\"SPARKS\",\"equipmentId\":\"STACK-01\",\"durationMinutes\":10}");
        HttpResponse<String> badNumber =
                send(
                        "POST",
                        "/faults",
                        "{\"kind\":\"DRYER_DRIFT\",\"equipmentId\":\"COAT-C01\","
                                + "\"magnitude\":\"hot\",\"durationMinutes\":10}");
        HttpResponse<String> typo =
                send(
                        "POST",
                        "/faults",
                        "{\"kind\":\"MACHINE_STOP\",\"equipmentId\":\"STACK-01\",\"duration\":10}");

        assertProblem(notJson, 400, "Malformed request", "malformed JSON");
        assertProblem(noMachine, 400, "Invalid equipmentId", "no machine STACK-99 on line L1");
        assertProblem(unknownKind, 400, "Invalid kind", "DRYER_DRIFT, GAUGE_FAILURE");
        assertProblem(badNumber, 400, "Invalid magnitude", "magnitude must be a number");
        assertProblem(typo, 400, "Malformed request", "unknown field duration");
        assertThat(JSON.readTree(send("GET", "/faults", null).body())).isEmpty();
        assertThat(server.line().faults().all()).isEmpty();
    }

    @Test
    void deleteClearsEveryFault() throws Exception {
        String stop =
                "{\"kind\":\"machine-stop\",\"equipmentId\":\"CAL-A01\",\"durationMinutes\":30}";
        assertThat(send("POST", "/faults", stop).statusCode()).isEqualTo(201);
        assertThat(send("POST", "/faults", stop).statusCode()).isEqualTo(201);

        HttpResponse<String> deleted = send("DELETE", "/faults", null);

        assertThat(deleted.statusCode()).isEqualTo(204);
        assertThat(deleted.body()).isEmpty();
        assertThat(JSON.readTree(send("GET", "/faults", null).body())).isEmpty();
    }

    @Test
    void putSpeedUpChangesTheLineAndRefusesFactorsOutOfRange() throws Exception {
        HttpResponse<String> changed = send("PUT", "/speed-up", "{\"factor\": 250}");

        assertThat(changed.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(changed.body()).get("speedUp").asDouble()).isEqualTo(250.0);
        assertThat(server.line().speedUp()).isEqualTo(250.0);
        assertProblem(
                send("PUT", "/speed-up", "{\"factor\": 0}"), 400, "Invalid factor", "(0, 100000]");
        assertProblem(
                send("PUT", "/speed-up", "{\"factor\": 1e6}"), 400, "Invalid factor", "1000000");
        assertThat(server.line().speedUp()).isEqualTo(250.0);
    }

    @Test
    void unknownPathsAndMethodsAreProblems() throws Exception {
        assertProblem(send("GET", "/sparks", null), 404, "Not Found", "no resource /sparks");
        HttpResponse<String> wrongMethod = send("POST", "/status", "{}");
        assertProblem(wrongMethod, 405, "Method Not Allowed", "/status takes GET");
        assertThat(wrongMethod.headers().firstValue("Allow")).contains("GET");
    }

    @Test
    void footprintsShowTheRollMetresCoatedUnderADryerDrift() throws Exception {
        HttpResponse<String> drift =
                send(
                        "POST",
                        "/faults",
                        "{\"kind\":\"DRYER_DRIFT\",\"equipmentId\":\"COAT-C01\","
                                + "\"magnitude\":8,\"durationMinutes\":600}");
        assertThat(drift.statusCode()).isEqualTo(201);
        assertThat(send("PUT", "/speed-up", "{\"factor\":2000}").statusCode()).isEqualTo(200);

        await().atMost(PATIENCE)
                .until(() -> JSON.readTree(send("GET", "/footprints", null).body()).size() > 0);
        JsonNode interval = JSON.readTree(send("GET", "/footprints", null).body()).get(0);
        assertThat(interval.get("rollId").asText()).startsWith("RC-HTTP-");
        assertThat(interval.get("endM").asDouble())
                .isGreaterThan(interval.get("startM").asDouble());
    }

    private static String state(String equipmentId) throws Exception {
        JsonNode machines = JSON.readTree(send("GET", "/status", null).body()).get("machines");
        for (JsonNode machine : machines) {
            if (machine.get("equipmentId").asText().equals(equipmentId)) {
                return machine.get("state").asText();
            }
        }
        throw new AssertionError("no machine " + equipmentId + " in /status");
    }

    private static void assertProblem(
            HttpResponse<String> response, int status, String title, String detail)
            throws IOException {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type"))
                .contains("application/problem+json");
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.get("type").asText()).isEqualTo("about:blank");
        assertThat(problem.get("title").asText()).isEqualTo(title);
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("detail").asText()).contains(detail);
    }

    private static HttpResponse<String> send(String method, String path, String body)
            throws IOException, InterruptedException {
        HttpRequest.BodyPublisher publisher =
                body == null
                        ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body);
        HttpRequest request =
                HttpRequest.newBuilder(URI.create(url + path))
                        .timeout(Duration.ofSeconds(10))
                        .header("Content-Type", "application/json")
                        .method(method, publisher)
                        .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
