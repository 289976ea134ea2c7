package io.gigafab.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import io.gigafab.gateway.config.OpsSettings;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class OpsServerTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void servesPrometheusMetricsAndHealth() throws Exception {
        GatewayMetrics metrics =
                new GatewayMetrics().describe("gigafab_gateway_values_total", "Values collected");
        metrics.increment("gigafab_gateway_values_total", "machine=\"COAT-C01\"", 42);
        metrics.gauge("gigafab_gateway_buffer_bytes", "", () -> 1024);
        AtomicBoolean up = new AtomicBoolean(true);

        try (OpsServer ops =
                OpsServer.start(
                        new OpsSettings("127.0.0.1", 0),
                        metrics,
                        () ->
                                new OpsServer.Health(
                                        up.get(),
                                        "{\"status\":\"" + (up.get() ? "UP" : "DOWN") + "\"}"))) {
            HttpResponse<String> scrape = get(ops, "/metrics");
            assertThat(scrape.statusCode()).isEqualTo(200);
            assertThat(scrape.headers().firstValue("Content-Type"))
                    .hasValueSatisfying(v -> assertThat(v).startsWith("text/plain; version=0.0.4"));
            assertThat(scrape.body())
                    .contains("# TYPE gigafab_gateway_values_total counter")
                    .contains("gigafab_gateway_values_total{machine=\"COAT-C01\"} 42")
                    .contains("gigafab_gateway_buffer_bytes 1024");

            assertThat(get(ops, "/health").statusCode()).isEqualTo(200);
            up.set(false);
            HttpResponse<String> down = get(ops, "/health");
            assertThat(down.statusCode()).isEqualTo(503);
            assertThat(down.body()).contains("DOWN");
            assertThat(get(ops, "/nope").statusCode()).isEqualTo(404);
        }
    }

    private HttpResponse<String> get(OpsServer ops, String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + ops.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
