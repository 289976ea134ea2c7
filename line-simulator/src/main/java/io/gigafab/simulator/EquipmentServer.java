package io.gigafab.simulator;

import io.gigafab.events.EquipmentClass;
import io.gigafab.recipes.RecipeLibrary;
import io.gigafab.simulator.line.Line;
import io.gigafab.simulator.line.LineDefinition;
import io.gigafab.simulator.line.LineDefinitions;
import io.gigafab.simulator.line.Station;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.milo.opcua.sdk.server.EndpointConfig;
import org.eclipse.milo.opcua.sdk.server.OpcUaServer;
import org.eclipse.milo.opcua.sdk.server.OpcUaServerConfig;
import org.eclipse.milo.opcua.stack.core.transport.TransportProfile;
import org.eclipse.milo.opcua.stack.core.types.builtin.DateTime;
import org.eclipse.milo.opcua.stack.core.types.builtin.LocalizedText;
import org.eclipse.milo.opcua.stack.core.types.structured.BuildInfo;
import org.eclipse.milo.opcua.stack.transport.server.tcp.OpcTcpServerTransport;
import org.eclipse.milo.opcua.stack.transport.server.tcp.OpcTcpServerTransportConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An embedded OPC UA server (Eclipse Milo) hosting simulated line equipment, reachable at {@code
 * opc.tcp://<hostname>:<port>/gigafab}. A fixed tick advances every machine's process model and
 * writes the readings to its nodes; clients read, browse and subscribe as with real equipment.
 *
 * <p>Security ({@link SimulatorSecurity}): by default one endpoint, SecurityPolicy None and
 * anonymous identity; optionally Basic256Sha256 SignAndEncrypt with a trust list and user names.
 * All endpoints share one URL and differ in their security policy.
 *
 * <p>Load mode ({@link LoadSettings}): thousands of fast-changing tags for gateway benchmarks.
 *
 * <p>Scenario control ({@link ScenarioControl}): faults, speed-up and the scenario's state through
 * OPC UA methods and variables under {@code Objects/Simulation} ({@link SimulationNamespace}) and,
 * if a control port is set, over HTTP ({@link ControlServer}, {@link #controlUrl()}).
 *
 * <p>Owns its threads ({@link SimulatorThreads}); {@link #close()} stops them all.
 */
public final class EquipmentServer implements AutoCloseable {

    public static final String PATH = "/gigafab";
    public static final String APPLICATION_URI = "urn:gigafab:line-simulator";
    public static final String APPLICATION_NAME = "Gigafab line simulator";

    private static final Logger log = LoggerFactory.getLogger(EquipmentServer.class);
    private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(30);

    private final SimulatorThreads threads;
    private final OpcUaServer server;
    private final List<SimulatorNamespace> namespaces = new ArrayList<>();
    private final Line line;
    private final ScenarioControl scenario;
    private final SimulationNamespace simulation;
    private final List<StationNodes> stations = new ArrayList<>();
    private final EndpointConfig endpoint;
    private final ServerSecurity security;
    private final AtomicBoolean closed = new AtomicBoolean();
    private volatile ControlServer control;
    private long lastTickNanos;

    private EquipmentServer(
            Builder builder, int port, SimulatorThreads threads, ServerSecurity security) {
        this.threads = threads;
        this.security = security;
        Set<EndpointConfig> endpoints = security.endpoints(builder.endpoint(port));
        this.endpoint = endpoints.iterator().next();
        this.server =
                new OpcUaServer(serverConfig(endpoints, security, threads), this::tcpTransport);
        this.line = Line.build(builder.line, RecipeLibrary.loadFromClasspath().requireValid());
        this.scenario = new ScenarioControl(line);
        var machinery = new MachineryNamespace(server);
        namespaces.add(machinery);
        Map<EquipmentClass, StationNamespace> families = new EnumMap<>(EquipmentClass.class);
        for (Station station : line.stations()) {
            families.computeIfAbsent(
                    station.equipmentClass(),
                    family -> new StationNamespace(server, family.name(), machinery));
        }
        namespaces.addAll(families.values());
        if (builder.load != null) {
            namespaces.add(new LoadNamespace(server, builder.load));
        }
        this.simulation = new SimulationNamespace(server, scenario);
        namespaces.add(simulation);
        namespaces.forEach(SimulatorNamespace::startup);
        for (Station station : line.stations()) {
            StationNamespace family = families.get(station.equipmentClass());
            stations.add(family.addStation(station, MachineModels.identity(station)));
        }
        stations.forEach(StationNodes::show);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The endpoint URL clients connect to, e.g. {@code opc.tcp://127.0.0.1:4840/gigafab}. */
    public String endpointUrl() {
        return endpoint.getEndpointUrl();
    }

    /** The TCP port the server listens on. */
    public int port() {
        return endpoint.getBindPort();
    }

    /** The simulated line behind the machines, e.g. to inject a fault. */
    public Line line() {
        return line;
    }

    /** Faults, speed-up and the scenario's state, as the OPC UA methods and HTTP change them. */
    public ScenarioControl scenario() {
        return scenario;
    }

    /** Where the HTTP control surface listens, e.g. {@code http://127.0.0.1:4841}; empty if off. */
    public Optional<String> controlUrl() {
        ControlServer running = control;
        return running == null ? Optional.empty() : Optional.of(running.url());
    }

    private void bindAndStartTicking(Duration tickInterval) throws IOException {
        try {
            server.startup().get(STARTUP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new IOException("could not bind " + endpointUrl(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted binding " + endpointUrl());
        }
        lastTickNanos = System.nanoTime();
        threads.everyTick(tickInterval, this::tick);
        log.info(
                "Equipment server listening on {} with {} machines of line {} ({})",
                endpointUrl(),
                stations.size(),
                line.definition().line(),
                line.definition().design());
    }

    private void startControl(Builder builder) throws IOException {
        if (builder.controlPort >= 0) {
            control =
                    ControlServer.start(
                            scenario, builder.bindAddress, builder.controlPort, builder.hostname);
        }
    }

    private void tick() {
        long now = System.nanoTime();
        Duration elapsed = Duration.ofNanos(now - lastTickNanos);
        lastTickNanos = now;
        try {
            line.advance(elapsed);
            stations.forEach(StationNodes::show);
            simulation.show();
        } catch (RuntimeException e) {
            log.error("Tick failed at simulated second {}", line.nowS(), e);
        }
    }

    /** Stop ticking, unbind, shut the namespaces down and end all server threads. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        if (control != null) {
            control.close();
        }
        threads.stopTicking();
        namespaces.forEach(SimulatorNamespace::shutdown);
        try {
            server.shutdown().get(STARTUP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            log.warn("OPC UA server did not shut down cleanly", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            threads.close();
            security.close();
        }
        log.info("Equipment server at {} closed", endpointUrl());
    }

    private OpcTcpServerTransport tcpTransport(TransportProfile profile) {
        if (profile != TransportProfile.TCP_UASC_UABINARY) {
            throw new IllegalArgumentException("only opc.tcp is served: " + profile);
        }
        return new OpcTcpServerTransport(
                OpcTcpServerTransportConfig.newBuilder()
                        .setExecutor(threads.miloExecutor())
                        .setEventLoop(threads.eventLoop())
                        .build());
    }

    private static OpcUaServerConfig serverConfig(
            Set<EndpointConfig> endpoints, ServerSecurity security, SimulatorThreads threads) {
        return OpcUaServerConfig.builder()
                .setApplicationUri(APPLICATION_URI)
                .setApplicationName(LocalizedText.english(APPLICATION_NAME))
                .setProductUri(APPLICATION_URI)
                .setBuildInfo(
                        new BuildInfo(
                                APPLICATION_URI,
                                "Gigafab",
                                APPLICATION_NAME,
                                OpcUaServer.SDK_VERSION,
                                "",
                                DateTime.now()))
                .setEndpoints(endpoints)
                .setCertificateManager(security.certificateManager())
                .setIdentityValidator(security.identityValidator())
                .setExecutor(threads.miloExecutor())
                .setScheduledExecutor(threads.miloScheduler())
                .build();
    }

    /** Where the server listens, how fast it ticks and which machines it hosts. */
    public static final class Builder {

        private String bindAddress = "127.0.0.1";
        private String hostname = "127.0.0.1";
        private int port = 4840;
        private Duration tickInterval = Duration.ofMillis(100);
        private SimulatorSecurity security = SimulatorSecurity.insecure();
        private LoadSettings load;
        private LineDefinition line = LineDefinitions.defaults();
        private int controlPort = -1;

        private Builder() {}

        /** Address to listen on; {@code 0.0.0.0} for all interfaces. Default 127.0.0.1. */
        public Builder bindAddress(String bindAddress) {
            this.bindAddress = bindAddress;
            return this;
        }

        /** Host name put into the endpoint URL clients are told to use. Default 127.0.0.1. */
        public Builder hostname(String hostname) {
            this.hostname = hostname;
            return this;
        }

        /** TCP port; 0 picks a free one (see {@link EquipmentServer#port()}). Default 4840. */
        public Builder port(int port) {
            if (port < 0 || port > 65_535) {
                throw new IllegalArgumentException("not a TCP port: " + port);
            }
            this.port = port;
            return this;
        }

        /**
         * Port of the HTTP control surface, on the same bind address; 0 picks a free one (see
         * {@link EquipmentServer#controlUrl()}), negative turns it off. Default: off.
         */
        public Builder controlPort(int controlPort) {
            if (controlPort > 65_535) {
                throw new IllegalArgumentException("not a TCP port: " + controlPort);
            }
            this.controlPort = controlPort < 0 ? -1 : controlPort;
            return this;
        }

        /** How often the process models advance and the nodes update. Default 100 ms. */
        public Builder tickInterval(Duration tickInterval) {
            if (tickInterval.isNegative() || tickInterval.isZero()) {
                throw new IllegalArgumentException("tick interval must be positive");
            }
            this.tickInterval = tickInterval;
            return this;
        }

        /** The line whose machines the server hosts. Default {@link LineDefinitions#defaults()}. */
        public Builder line(LineDefinition line) {
            this.line = line;
            return this;
        }

        /** Endpoints, PKI and identities. Default {@link SimulatorSecurity#insecure()}. */
        public Builder security(SimulatorSecurity security) {
            this.security = security;
            return this;
        }

        /** Also host {@code tags} load tags updated every {@code interval} (benchmarks). */
        public Builder load(int tags, Duration interval) {
            return load(LoadSettings.of(tags, interval));
        }

        /** Also host the load tags of {@code load} (benchmarks). Default: no load. */
        public Builder load(LoadSettings load) {
            this.load = load;
            return this;
        }

        /** Build the address space, bind the endpoints and start ticking. */
        public EquipmentServer start() throws IOException {
            int boundPort = port == 0 ? freePort(bindAddress) : port;
            var serverSecurity = ServerSecurity.open(security, hostname);
            var threads = new SimulatorThreads();
            EquipmentServer server = null;
            try {
                server = new EquipmentServer(this, boundPort, threads, serverSecurity);
                server.bindAndStartTicking(tickInterval);
                server.startControl(this);
                return server;
            } catch (IOException | RuntimeException e) {
                if (server != null) {
                    server.close();
                } else {
                    threads.close();
                    serverSecurity.close();
                }
                throw e;
            }
        }

        /** Where every endpoint listens; {@link ServerSecurity} adds the security settings. */
        private EndpointConfig.Builder endpoint(int port) {
            return EndpointConfig.newBuilder()
                    .setTransportProfile(TransportProfile.TCP_UASC_UABINARY)
                    .setBindAddress(bindAddress)
                    .setBindPort(port)
                    .setHostname(hostname)
                    .setPath(PATH);
        }

        private static int freePort(String bindAddress) throws IOException {
            try (var socket = new ServerSocket()) {
                socket.setReuseAddress(true);
                socket.bind(new InetSocketAddress(InetAddress.getByName(bindAddress), 0));
                return socket.getLocalPort();
            }
        }
    }
}
