package io.gigafab.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** The opcua-gateway's Prometheus counters and gauges, summed over their labels. */
record GatewayMetrics(String text) {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    static GatewayMetrics scrape(String opsUrl) {
        try {
            return new GatewayMetrics(
                    HTTP.send(
                                    HttpRequest.newBuilder(URI.create(opsUrl + "/metrics")).build(),
                                    HttpResponse.BodyHandlers.ofString())
                            .body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The sum of every series of {@code name} (0 when the gateway has none yet). */
    double sum(String name) {
        return text.lines()
                .filter(l -> l.startsWith(name + " ") || l.startsWith(name + "{"))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1)))
                .sum();
    }

    double valuesTaken() {
        return sum("gigafab_gateway_values_total");
    }

    double samplesPublished() {
        return sum("gigafab_gateway_samples_published_total");
    }

    double samplesDropped() {
        return sum("gigafab_gateway_samples_dropped_total");
    }

    double batchesBuffered() {
        return sum("gigafab_gateway_buffer_written_total");
    }

    /** Nothing waits in the gateway: queue empty, disk buffer drained, not forwarding. */
    boolean drained() {
        return sum("gigafab_gateway_queue_depth") == 0
                && sum("gigafab_gateway_buffer_batches") == 0
                && sum("gigafab_gateway_store_and_forward_active") == 0;
    }

    boolean storingAndForwarding() {
        return sum("gigafab_gateway_store_and_forward_active") > 0;
    }
}
