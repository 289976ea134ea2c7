package io.gigafab.stack;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The simulated line's scenario control over HTTP ({@code line-simulator}'s control API, no
 * authentication, bound to 127.0.0.1): status, speed-up, fault injection and the ground truth of
 * which roll metres were coated under a fault.
 */
public final class SimulatorControl {

    /** Metres of a mother roll coated under a fault, as the simulator recorded them. */
    public record Footprint(String rollId, double startM, double endM) {}

    private final MesClient http;

    public SimulatorControl(String baseUrl) {
        this.http = new MesClient(baseUrl, (String) null);
    }

    /** {@code GET /status}: time, speed-up, machines with their state (and roll), faults. */
    public JsonNode status() {
        return ok(http.get("/status")).json();
    }

    /**
     * One machine of {@link #status()}: state, and for roll machines {@code rollId}/{@code
     * positionM}.
     */
    public JsonNode machine(String equipmentId) {
        for (JsonNode machine : status().path("machines")) {
            if (machine.path("equipmentId").asText().equals(equipmentId)) {
                return machine;
            }
        }
        throw new IllegalArgumentException("no machine " + equipmentId + " on the simulated line");
    }

    public double speedUp() {
        return ok(http.get("/speed-up")).json().path("speedUp").asDouble();
    }

    /** Simulated seconds per real second from now on. */
    public void speedUp(double factor) {
        ok(http.put("/speed-up", Map.of("factor", factor)));
    }

    /**
     * Injects a fault starting now, lasting {@code minutes} of simulated time; the fault's JSON.
     */
    public JsonNode inject(String kind, String equipmentId, double magnitude, double minutes) {
        return ok(http.post(
                        "/faults",
                        Map.of(
                                "kind",
                                kind,
                                "equipmentId",
                                equipmentId,
                                "magnitude",
                                magnitude,
                                "durationMinutes",
                                minutes)))
                .json();
    }

    /** The roll metres coated under a fault so far: what the MES should end up holding. */
    public List<Footprint> footprints() {
        List<Footprint> footprints = new ArrayList<>();
        for (JsonNode f : ok(http.get("/footprints")).json()) {
            footprints.add(
                    new Footprint(
                            f.path("rollId").asText(),
                            f.path("startM").asDouble(),
                            f.path("endM").asDouble()));
        }
        return footprints;
    }

    private static MesClient.Answer ok(MesClient.Answer answer) {
        if (!answer.ok()) {
            throw new IllegalStateException(
                    "simulator control answered " + answer.status() + ": " + answer.body());
        }
        return answer;
    }
}
