package io.gigafab.gateway.config;

import java.util.List;

/**
 * A site's gateway configuration (YAML, see {@link GatewayConfigs}): the Kafka cluster, the local
 * store-and-forward buffer, batching, PKI, the operations endpoint, and the OPC UA endpoints with
 * their machines. Missing sections get their defaults.
 */
public record GatewayConfig(
        String site,
        KafkaSettings kafka,
        BufferSettings buffer,
        BatchSettings batching,
        PkiSettings pki,
        OpsSettings ops,
        List<EndpointSettings> endpoints) {

    public GatewayConfig {
        Check.text(site, "site");
        kafka = kafka == null ? KafkaSettings.defaults() : kafka;
        buffer = buffer == null ? BufferSettings.defaults() : buffer;
        batching = batching == null ? BatchSettings.defaults() : batching;
        pki = pki == null ? PkiSettings.defaults() : pki;
        ops = ops == null ? OpsSettings.defaults() : ops;
        endpoints = endpoints == null ? List.of() : List.copyOf(endpoints);
        Check.that(!endpoints.isEmpty(), "endpoints: at least one OPC UA endpoint is needed");
        Check.unique(endpoints.stream().map(EndpointSettings::name).toList(), "endpoints[].name");
        Check.unique(
                endpoints.stream()
                        .flatMap(e -> e.machines().stream())
                        .map(MachineSettings::equipmentId)
                        .toList(),
                "machines[].equipmentId");
    }
}
