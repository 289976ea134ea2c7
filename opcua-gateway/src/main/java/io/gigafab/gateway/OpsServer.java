package io.gigafab.gateway;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.gigafab.gateway.config.OpsSettings;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

/**
 * The gateway's operations endpoint: {@code GET /metrics} in the Prometheus text format and {@code
 * GET /health} (200 while the gateway can collect, 503 otherwise, with the reason as JSON).
 */
public final class OpsServer implements AutoCloseable {

    /** The gateway's health: whether it is up and a JSON object describing it. */
    public record Health(boolean up, String json) {}

    private final HttpServer server;
    private final ExecutorService executor;

    private OpsServer(HttpServer server, ExecutorService executor) {
        this.server = server;
        this.executor = executor;
    }

    public static OpsServer start(
            OpsSettings settings, GatewayMetrics metrics, Supplier<Health> health)
            throws IOException {
        HttpServer server =
                HttpServer.create(
                        new InetSocketAddress(settings.bindAddress(), settings.port()), 0);
        ExecutorService executor =
                Executors.newSingleThreadExecutor(r -> new Thread(r, "gigafab-gateway-ops"));
        server.setExecutor(executor);
        server.createContext(
                "/metrics",
                exchange -> {
                    if (refuseNonGet(exchange)) {
                        return;
                    }
                    send(
                            exchange,
                            200,
                            "text/plain; version=0.0.4; charset=utf-8",
                            metrics.render());
                });
        server.createContext(
                "/health",
                exchange -> {
                    if (refuseNonGet(exchange)) {
                        return;
                    }
                    Health now = health.get();
                    send(exchange, now.up() ? 200 : 503, "application/json", now.json());
                });
        server.createContext(
                "/",
                exchange ->
                        send(
                                exchange,
                                404,
                                "application/problem+json",
                                "{\"type\":\"about:blank\",\"title\":\"Not"
                                        + " Found\",\"status\":404,\"detail\":\"Try /metrics or"
                                        + " /health\"}"));
        server.start();
        return new OpsServer(server, executor);
    }

    /** The port the server listens on (useful when configured as 0). */
    public int port() {
        return server.getAddress().getPort();
    }

    private static boolean refuseNonGet(HttpExchange exchange) throws IOException {
        if ("GET".equals(exchange.getRequestMethod())) {
            return false;
        }
        send(
                exchange,
                405,
                "application/problem+json",
                "{\"type\":\"about:blank\",\"title\":\"Method Not"
                        + " Allowed\",\"status\":405,\"detail\":\"Only GET is supported\"}");
        return true;
    }

    private static void send(HttpExchange exchange, int status, String type, String body)
            throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
