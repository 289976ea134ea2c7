package io.gigafab.gateway;

import io.gigafab.gateway.config.EndpointSettings;
import io.gigafab.gateway.config.GatewayConfig;
import io.gigafab.gateway.opcua.EndpointConnection;
import io.gigafab.gateway.publish.MeasurementPipeline;
import io.gigafab.gateway.recipe.EquipmentAccess;
import io.gigafab.gateway.recipe.RecipeDownloadService;
import io.gigafab.gateway.recipe.SetpointWriter;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.milo.opcua.sdk.client.OpcUaClient;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One running gateway: the publishing pipeline (Kafka + store-and-forward), one connection per OPC
 * UA endpoint feeding it, the recipe download service writing back, and the operations endpoint.
 * Started by {@link GatewayMain}; tests start it the same way.
 */
public final class Gateway implements AutoCloseable {

    /** Where recipe setpoints live below a machine node. */
    static final String RECIPE_FOLDER = "Recipe";

    private static final Logger log = LoggerFactory.getLogger(Gateway.class);

    private final GatewayMetrics metrics = new GatewayMetrics();
    private final MeasurementPipeline pipeline;
    private final List<EndpointConnection> connections = new ArrayList<>();
    private RecipeDownloadService recipes;
    private OpsServer ops;

    private Gateway(GatewayConfig config) {
        pipeline =
                new MeasurementPipeline(
                        config.kafka(), config.buffer(), config.batching(), metrics);
        for (EndpointSettings endpoint : config.endpoints()) {
            connections.add(
                    new EndpointConnection(
                            config.site(), endpoint, config.pki(), pipeline, pipeline, metrics));
        }
    }

    /** Open everything and start collecting; on failure, what was opened is closed again. */
    public static Gateway start(GatewayConfig config) throws IOException {
        Gateway gateway = new Gateway(config);
        try {
            gateway.pipeline.start();
            gateway.connections.forEach(EndpointConnection::start);
            Clock clock = Clock.systemUTC();
            gateway.recipes =
                    new RecipeDownloadService(
                            config.kafka(),
                            gateway::access,
                            new SetpointWriter(RECIPE_FOLDER, clock),
                            gateway.metrics,
                            clock);
            gateway.recipes.start();
            if (config.ops().port() > 0) {
                gateway.ops = OpsServer.start(config.ops(), gateway.metrics, gateway::health);
            }
            log.info(
                    "Gateway for site {} started: {} endpoint(s), Kafka at {}",
                    config.site(),
                    config.endpoints().size(),
                    config.kafka().bootstrapServers());
            return gateway;
        } catch (IOException | RuntimeException e) {
            gateway.close();
            throw e;
        }
    }

    public GatewayMetrics metrics() {
        return metrics;
    }

    /** The operations endpoint's port, if it runs. */
    public Optional<Integer> opsPort() {
        return Optional.ofNullable(ops).map(OpsServer::port);
    }

    /** The machine's connection as the recipe writer needs it, if this gateway has the machine. */
    Optional<EquipmentAccess> access(String equipmentId) {
        return connections.stream()
                .filter(c -> c.equipmentIds().contains(equipmentId))
                .findFirst()
                .map(Gateway::asAccess);
    }

    private static EquipmentAccess asAccess(EndpointConnection connection) {
        return new EquipmentAccess() {
            @Override
            public Optional<OpcUaClient> client() {
                return connection.client();
            }

            @Override
            public NodeId resolve(String equipmentId, String relativePath) {
                return connection.resolve(equipmentId, relativePath);
            }
        };
    }

    /** Up while the publisher runs; the JSON names each endpoint's connection and the buffer. */
    OpsServer.Health health() {
        StringBuilder endpoints = new StringBuilder();
        for (EndpointConnection connection : connections) {
            endpoints
                    .append(endpoints.length() == 0 ? "" : ",")
                    .append("{\"name\":\"")
                    .append(connection.name())
                    .append("\",\"connected\":")
                    .append(connection.connected())
                    .append('}');
        }
        boolean up = pipeline.running();
        String json =
                "{\"status\":\""
                        + (up ? "UP" : "DOWN")
                        + "\",\"buffering\":"
                        + pipeline.buffering()
                        + ",\"endpoints\":["
                        + endpoints
                        + "]}";
        return new OpsServer.Health(up, json);
    }

    @Override
    public void close() {
        if (ops != null) {
            ops.close();
        }
        if (recipes != null) {
            try {
                recipes.close();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        connections.forEach(EndpointConnection::close);
        pipeline.close();
    }
}
