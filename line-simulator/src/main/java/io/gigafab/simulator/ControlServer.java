package io.gigafab.simulator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.gigafab.simulator.line.Fault;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The scenario control surface over HTTP (JSON), on one thread of its own ({@code
 * gigafab-sim-control-0}) and the JDK's built-in HTTP server:
 *
 * <ul>
 *   <li>{@code GET /status} – time, speed-up, design, seed, machines and their states, faults in
 *       force, cells finished ({@link ScenarioStatus})
 *   <li>{@code GET /faults} – every fault; {@code POST /faults} {@code {kind, equipmentId,
 *       magnitude, durationMinutes}} injects one (201); {@code DELETE /faults} clears all (204)
 *   <li>{@code GET /speed-up}, {@code PUT /speed-up} {@code {factor}}
 *   <li>{@code GET /footprints} – the roll metres coated under a fault (ground truth)
 * </ul>
 *
 * Errors are RFC 9457 problem details ({@code application/problem+json}); a refused request changes
 * nothing.
 */
final class ControlServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ControlServer.class);
    private static final String JSON = "application/json";
    private static final String PROBLEM_JSON = "application/problem+json";
    private static final int MAX_BODY_BYTES = 16 * 1024;
    private static final long STOP_TIMEOUT_MS = 5_000;

    /** What one method on one path does. */
    @FunctionalInterface
    private interface Handler {
        Reply handle(HttpExchange exchange) throws ScenarioRejected, IOException;
    }

    /** A response: status, content type and body (empty for 204). */
    private record Reply(int status, String contentType, byte[] body, String allow) {}

    private final ScenarioControl control;
    private final ObjectMapper json = new ObjectMapper();
    private final Map<String, Map<String, Handler>> routes = new LinkedHashMap<>();
    private final HttpServer http;
    private final ExecutorService executor;
    private final String url;

    private ControlServer(ScenarioControl control, HttpServer http, String hostname) {
        this.control = control;
        this.http = http;
        this.url = "http://" + hostname + ":" + http.getAddress().getPort();
        routes.put("/status", Map.of("GET", x -> ok(control.status())));
        routes.put(
                "/faults",
                Map.of(
                        "GET",
                        x -> ok(faults()),
                        "POST",
                        this::injectFault,
                        "DELETE",
                        x -> clear()));
        routes.put("/speed-up", Map.of("GET", x -> ok(speedUp()), "PUT", this::setSpeedUp));
        routes.put("/footprints", Map.of("GET", x -> ok(control.footprints())));
        this.executor =
                Executors.newSingleThreadExecutor(
                        runnable -> {
                            var thread =
                                    new Thread(runnable, SimulatorThreads.PREFIX + "control-0");
                            thread.setDaemon(true);
                            return thread;
                        });
        http.createContext("/", this::exchange);
        http.setExecutor(executor);
    }

    /** Listen on {@code bindAddress:port} (0 = a free port); {@code hostname} goes into the URL. */
    static ControlServer start(
            ScenarioControl control, String bindAddress, int port, String hostname)
            throws IOException {
        var address = new InetSocketAddress(InetAddress.getByName(bindAddress), port);
        HttpServer http;
        try {
            http = HttpServer.create(address, 0);
        } catch (IOException e) {
            throw new IOException("could not bind the control surface to " + address, e);
        }
        var server = new ControlServer(control, http, hostname);
        http.start();
        return server;
    }

    /** e.g. {@code http://127.0.0.1:4841} */
    String url() {
        return url;
    }

    @Override
    public void close() {
        http.stop(0);
        executor.shutdown();
        try {
            if (!executor.awaitTermination(STOP_TIMEOUT_MS, TimeUnit.MILLISECONDS)) {
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    private void exchange(HttpExchange exchange) {
        try (exchange) {
            send(exchange, route(exchange));
        } catch (IOException | RuntimeException e) {
            log.debug("Control request {} not answered", exchange.getRequestURI(), e);
        }
    }

    private Reply route(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        Map<String, Handler> methods = routes.get(path);
        if (methods == null) {
            return problem(404, "Not Found", "no resource " + path + "; try " + routes.keySet());
        }
        Handler handler = methods.get(exchange.getRequestMethod());
        if (handler == null) {
            String allow = String.join(", ", new TreeSet<>(methods.keySet()));
            Reply refused =
                    problem(
                            405,
                            "Method Not Allowed",
                            path + " takes " + allow + ", not " + exchange.getRequestMethod());
            return new Reply(refused.status(), PROBLEM_JSON, refused.body(), allow);
        }
        try {
            return handler.handle(exchange);
        } catch (ScenarioRejected e) {
            String title =
                    e.parameter() == ScenarioParameter.REQUEST
                            ? "Malformed request"
                            : "Invalid " + e.parameter().fieldName();
            return problem(400, title, e.getMessage());
        } catch (RuntimeException e) {
            log.error("Control request {} {} failed", exchange.getRequestMethod(), path, e);
            return problem(500, "Internal Server Error", "the simulator could not do that: " + e);
        }
    }

    private List<ScenarioStatus.FaultState> faults() {
        double now = control.line().nowS();
        return control.faults().stream().map(f -> ScenarioStatus.FaultState.of(f, now)).toList();
    }

    private Reply injectFault(HttpExchange exchange) throws ScenarioRejected, IOException {
        JsonNode body =
                body(
                        exchange,
                        ScenarioParameter.KIND,
                        ScenarioParameter.EQUIPMENT_ID,
                        ScenarioParameter.MAGNITUDE,
                        ScenarioParameter.DURATION_MINUTES);
        Fault fault =
                control.injectFault(
                        text(body, ScenarioParameter.KIND),
                        text(body, ScenarioParameter.EQUIPMENT_ID),
                        number(body, ScenarioParameter.MAGNITUDE),
                        number(body, ScenarioParameter.DURATION_MINUTES));
        return reply(201, JSON, ScenarioStatus.FaultState.of(fault, control.line().nowS()));
    }

    private Reply clear() {
        control.clearFaults();
        return new Reply(204, null, new byte[0], null);
    }

    private Map<String, Double> speedUp() {
        return Map.of("speedUp", control.line().speedUp());
    }

    private Reply setSpeedUp(HttpExchange exchange) throws ScenarioRejected, IOException {
        Double factor = number(body(exchange, ScenarioParameter.FACTOR), ScenarioParameter.FACTOR);
        control.speedUp(factor == null ? Double.NaN : factor);
        return ok(speedUp());
    }

    /** The request body: a JSON object with no fields but {@code fields}. */
    private JsonNode body(HttpExchange exchange, ScenarioParameter... fields)
            throws ScenarioRejected, IOException {
        byte[] bytes = exchange.getRequestBody().readNBytes(MAX_BODY_BYTES + 1);
        if (bytes.length > MAX_BODY_BYTES) {
            throw new ScenarioRejected(
                    ScenarioParameter.REQUEST,
                    "the body is larger than " + MAX_BODY_BYTES + " bytes");
        }
        List<String> expected = new ArrayList<>();
        for (ScenarioParameter field : fields) {
            expected.add(field.fieldName());
        }
        JsonNode body;
        try {
            body = bytes.length == 0 ? null : json.readTree(bytes);
        } catch (JsonProcessingException e) {
            throw new ScenarioRejected(
                    ScenarioParameter.REQUEST, "malformed JSON: " + e.getOriginalMessage());
        }
        if (body == null || !body.isObject()) {
            throw new ScenarioRejected(
                    ScenarioParameter.REQUEST, "expected a JSON object with " + expected);
        }
        for (Iterator<String> names = body.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!expected.contains(name)) {
                throw new ScenarioRejected(
                        ScenarioParameter.REQUEST,
                        "unknown field " + name + "; expected " + expected);
            }
        }
        return body;
    }

    private static String text(JsonNode body, ScenarioParameter field) throws ScenarioRejected {
        JsonNode value = body.get(field.fieldName());
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw new ScenarioRejected(
                    field, field.fieldName() + " must be a string, not " + value);
        }
        return value.textValue();
    }

    private static Double number(JsonNode body, ScenarioParameter field) throws ScenarioRejected {
        JsonNode value = body.get(field.fieldName());
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isNumber()) {
            throw new ScenarioRejected(
                    field, field.fieldName() + " must be a number, not " + value);
        }
        return value.doubleValue();
    }

    private Reply ok(Object body) throws IOException {
        return reply(200, JSON, body);
    }

    private Reply reply(int status, String contentType, Object body) throws IOException {
        return new Reply(status, contentType, json.writeValueAsBytes(body), null);
    }

    /** An RFC 9457 problem detail. */
    private Reply problem(int status, String title, String detail) throws IOException {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", title);
        problem.put("status", status);
        problem.put("detail", detail);
        return reply(status, PROBLEM_JSON, problem);
    }

    private static void send(HttpExchange exchange, Reply reply) throws IOException {
        if (reply.allow() != null) {
            exchange.getResponseHeaders().set("Allow", reply.allow());
        }
        if (reply.body().length == 0) {
            exchange.sendResponseHeaders(reply.status(), -1);
            return;
        }
        exchange.getResponseHeaders().set("Content-Type", reply.contentType());
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(reply.status(), reply.body().length);
        exchange.getResponseBody().write(reply.body());
    }
}
