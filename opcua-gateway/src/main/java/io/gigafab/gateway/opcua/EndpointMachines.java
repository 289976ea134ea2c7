package io.gigafab.gateway.opcua;

import io.gigafab.events.EquipmentRef;
import io.gigafab.gateway.EquipmentEventSink;
import io.gigafab.gateway.MeasurementSink;
import io.gigafab.gateway.config.MachineSettings;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Consumer;
import org.eclipse.milo.opcua.sdk.client.OpcUaClient;
import org.eclipse.milo.opcua.stack.core.UaException;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The machines of one endpoint: their settings, their state trackers (kept across sessions, so a
 * reconnect does not repeat the last state change), their metrics and, per session, their
 * collectors. {@link #collect} and {@link #stop} run on the connection thread only.
 */
final class EndpointMachines {

    private static final Logger log = LoggerFactory.getLogger(EndpointMachines.class);

    private final String endpoint;
    private final MeasurementSink measurements;
    private final Map<String, MachineSettings> settings = new LinkedHashMap<>();
    private final Map<String, EquipmentRef> equipment = new LinkedHashMap<>();
    private final Map<String, MachineStateTracker> states = new LinkedHashMap<>();
    private final Map<String, CollectorMetrics.Machine> metrics = new LinkedHashMap<>();
    private final MachineNodes nodes = new MachineNodes();
    private final List<MachineCollector> collectors = new ArrayList<>();

    EndpointMachines(
            String site,
            String endpoint,
            List<MachineSettings> machines,
            MeasurementSink measurements,
            EquipmentEventSink events,
            CollectorMetrics endpointMetrics) {
        this.endpoint = endpoint;
        this.measurements = measurements;
        for (MachineSettings machine : machines) {
            String id = machine.equipmentId();
            var ref =
                    new EquipmentRef(
                            site, machine.area(), machine.line(), id, machine.equipmentClass());
            settings.put(id, machine);
            equipment.put(id, ref);
            states.put(id, new MachineStateTracker(ref, events));
            metrics.put(id, endpointMetrics.machine(id));
        }
    }

    Set<String> equipmentIds() {
        return Set.copyOf(settings.keySet());
    }

    /**
     * Resolve every machine and start collecting it; {@code lost} hears of subscriptions gone.
     *
     * @throws UaException when the session fails meanwhile (unknown nodes are only reported)
     */
    void collect(OpcUaClient client, Consumer<String> lost, ScheduledExecutorService pollThread)
            throws UaException {
        nodes.clear();
        ServerLimits limits = ServerLimits.of(client);
        var resolver = new MachineResolver(client, limits);
        int tags = 0;
        for (MachineSettings machine : settings.values()) {
            String id = machine.equipmentId();
            ResolvedMachine resolved = resolver.resolve(equipment.get(id), machine);
            report(resolved);
            var collector =
                    new MachineCollector(
                            resolved, measurements, states.get(id), metrics.get(id), lost);
            collectors.add(collector);
            collector.start(client, limits.nodesPerRead(), pollThread);
            tags += resolved.tags().size();
        }
        log.info("Endpoint {}: collecting {} tags of {} machines", endpoint, tags, settings.size());
    }

    /** Stop every collector (polling, subscriptions). */
    void stop() {
        collectors.forEach(MachineCollector::stop);
        collectors.clear();
    }

    /** See {@link EndpointConnection#resolve}. */
    NodeId resolve(OpcUaClient client, String equipmentId, String relativePath) {
        MachineSettings machine = settings.get(equipmentId);
        if (machine == null) {
            throw new IllegalArgumentException(
                    "machine " + equipmentId + " is not on endpoint " + endpoint);
        }
        return nodes.resolve(client, machine, relativePath);
    }

    boolean serves(String equipmentId) {
        return settings.containsKey(equipmentId);
    }

    private void report(ResolvedMachine machine) {
        String id = machine.equipment().equipmentId();
        nodes.machineFound(id, machine.node());
        metrics.get(id).unresolved(machine.unresolved().size());
        for (String missing : machine.unresolved()) {
            log.warn("Endpoint {}: machine {}: {} — not collected", endpoint, id, missing);
        }
    }
}
