package io.gigafab.stack;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipFile;

/**
 * The whole Gigafab system on one machine, each service in its own JVM as in production: embedded
 * PostgreSQL, a KRaft Kafka broker, Keycloak with the gigafab realm, the simulated line L1, the OPC
 * UA gateway, the MES with the sample plant and the yield-analytics job (when built; after the MES,
 * whose Flyway migrations create its tables — it reads Kafka from the start, so it misses nothing).
 * Started in that order, each checked ready before the next; closed in reverse order. Logs of every
 * component in {@code <workDir>/logs}.
 */
public final class PlantInABox implements AutoCloseable {

    /** Entry point of the yield-analytics Flink job; {@code --local} runs it on a MiniCluster. */
    public static final String ANALYTICS_MAIN = "io.gigafab.analytics.YieldJobMain";

    /**
     * Judged cells of a mother roll before the job evaluates its roll-metre correlation: the demo
     * line's 400 m rolls make about 85 cells (the job's default, 100, is for plant-size rolls).
     */
    static final int ROLL_MIN_CELLS = 40;

    /** Event time between evaluations of a roll (the job's default is 5 minutes). */
    static final String ROLL_EVALUATION_INTERVAL = "1M";

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Duration READY_TIMEOUT = Duration.ofMinutes(3);

    private final Path workDir;
    private final Path logs;
    private final StackPorts ports;
    private final PrintStream progress;
    private final long startedAt = System.nanoTime();
    private final Deque<AutoCloseable> running = new ArrayDeque<>();

    private LocalPostgres postgres;
    private RestartableKafka kafka;
    private LocalKeycloak keycloak;
    private ServiceProcess simulator;
    private ServiceProcess analytics;
    private int simulatorStarts;

    private PlantInABox(Path workDir, StackPorts ports, PrintStream progress) {
        this.workDir = workDir.toAbsolutePath();
        this.logs = this.workDir.resolve("logs");
        this.ports = ports;
        this.progress = progress;
    }

    /** Starts everything, or nothing: a component that fails stops the ones already running. */
    public static PlantInABox start(Path workDir, StackPorts ports, PrintStream progress)
            throws Exception {
        PlantInABox box = new PlantInABox(workDir, ports, progress);
        try {
            box.requirePortsFree();
            box.startAll();
            return box;
        } catch (Exception | Error e) {
            box.close();
            throw e;
        }
    }

    private void startAll() throws Exception {
        postgres = component("postgres", () -> LocalPostgres.start(ports.postgres(), workDir));
        kafka = component("kafka", () -> RestartableKafka.start(workDir, ports.kafka()));
        keycloak =
                component(
                        "keycloak",
                        () ->
                                LocalKeycloak.start(
                                        workDir,
                                        ports.keycloak(),
                                        Repository.realm(),
                                        logs,
                                        mesUrl()));
        simulator = component("line-simulator", this::startSimulator);
        component("opcua-gateway", this::startGateway);
        component("mes-service", this::startMes);
        analytics = startAnalyticsIfBuilt();
    }

    public String mesUrl() {
        return "http://localhost:" + ports.mes();
    }

    public String simulatorControlUrl() {
        return "http://127.0.0.1:" + ports.simulatorControl();
    }

    /** The simulated line's layout (roll length, lanes) as its definition file says. */
    public LineLayout line() {
        return LineLayout.read(LineLayout.demoLine());
    }

    /** The REST API of the yield-analytics job's MiniCluster ({@code /jobs/overview}). */
    public String analyticsUrl() {
        return "http://127.0.0.1:" + ports.analytics();
    }

    /** The gateway's operations endpoint: {@code /metrics} and {@code /health}. */
    public String gatewayOpsUrl() {
        return "http://127.0.0.1:" + ports.gatewayOps();
    }

    public DemoLogins logins() {
        return new DemoLogins(keycloak.tokenUrl());
    }

    public LocalKeycloak keycloak() {
        return keycloak;
    }

    public RestartableKafka kafka() {
        return kafka;
    }

    public LocalPostgres postgres() {
        return postgres;
    }

    public Path logs() {
        return logs;
    }

    /** Whether the yield-analytics job runs (its jar was built). */
    public boolean analyticsRunning() {
        return analytics != null;
    }

    /** Whether the simulated line's process is alive. */
    public boolean simulatorRunning() {
        return simulator != null && simulator.alive();
    }

    /**
     * Stops the simulated line (SIGTERM) and starts it again on the same ports, with a new run id
     * (as the simulator's line definition asks for every run), so its rolls and cells do not repeat
     * the ids of units the MES already has.
     */
    public void restartSimulator() throws Exception {
        running.remove(simulator);
        simulator.close();
        simulator = component("line-simulator", this::startSimulator);
    }

    /** A client of the MES API for one demo user, logged in with the password grant. */
    public MesClient mesAs(String username) throws IOException, InterruptedException {
        return new MesClient(mesUrl(), logins().accessToken(username));
    }

    /** Stops every component in reverse start order; never throws. */
    @Override
    public void close() {
        while (!running.isEmpty()) {
            AutoCloseable component = running.pop();
            try {
                component.close();
            } catch (Exception e) {
                progress.println("  could not stop " + component + " cleanly: " + e.getMessage());
                if (e instanceof InterruptedException) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }

    /** One component started, timed and registered for the shutdown. */
    private <T extends AutoCloseable> T component(String name, Starter<T> starter)
            throws Exception {
        long begin = System.nanoTime();
        progress.printf("[%6.1f s] starting %s …%n", seconds(startedAt), name);
        T component = starter.start();
        running.push(component);
        progress.printf("[%6.1f s] %s ready (%.1f s)%n", seconds(startedAt), name, seconds(begin));
        return component;
    }

    private ServiceProcess startSimulator() throws IOException, InterruptedException {
        return ServiceProcess.start(
                        "line-simulator",
                        Repository.serviceJar("line-simulator"),
                        List.of("--port", Integer.toString(ports.opcUa()), lineOfRun().toString()),
                        Map.of(
                                "GIGAFAB_SIMULATOR_CONTROL_PORT",
                                Integer.toString(ports.simulatorControl())),
                        logs)
                .awaitReady(simulatorControlUrl() + "/status", READY_TIMEOUT);
    }

    private ServiceProcess startGateway() throws IOException, InterruptedException {
        return ServiceProcess.start(
                        "opcua-gateway",
                        Repository.serviceJar("opcua-gateway"),
                        List.of(gatewayConfig().toString()),
                        Map.of(),
                        logs)
                .awaitReady(gatewayOpsUrl() + "/health", READY_TIMEOUT);
    }

    /**
     * The demo line's definition for this start of the simulator: the first run keeps its run id
     * (DEMO: RC-DEMO-00001, C-DEMO-000001), every restart gets the next (DEMO2, DEMO3, …).
     */
    private Path lineOfRun() throws IOException {
        simulatorStarts++;
        ObjectNode line = (ObjectNode) YAML.readTree(LineLayout.demoLine().toFile());
        if (simulatorStarts > 1) {
            line.put("runId", line.path("runId").asText("DEMO") + simulatorStarts);
        }
        Path file = workDir.resolve("line-simulator-run" + simulatorStarts + ".yaml");
        YAML.writeValue(file.toFile(), line);
        return file;
    }

    /** The gateway's config for the simulated line, pointed at this stack's ports and folders. */
    private Path gatewayConfig() throws IOException {
        Path template = Repository.root().resolve("opcua-gateway/config/line-simulator.yaml");
        ObjectNode config = (ObjectNode) YAML.readTree(template.toFile());
        ((ObjectNode) config.get("kafka")).put("bootstrapServers", kafka.bootstrapServers());
        ((ObjectNode) config.get("buffer"))
                .put(
                        "directory",
                        StateFolders.recreate(workDir.resolve("gateway-buffer")).toString());
        ((ObjectNode) config.get("pki"))
                .put("directory", workDir.resolve("gateway-pki").toString());
        ((ObjectNode) config.get("ops")).put("port", ports.gatewayOps());
        ((ObjectNode) config.get("endpoints").get(0))
                .put("url", "opc.tcp://127.0.0.1:" + ports.opcUa() + "/gigafab");
        Path file = workDir.resolve("opcua-gateway.yaml");
        YAML.writeValue(file.toFile(), config);
        return file;
    }

    /**
     * SLOT for the yield-analytics Flink job ({@value #ANALYTICS_MAIN} {@code --local}, on a
     * MiniCluster): started only when its jar has been built with that class in it.
     */
    private ServiceProcess startAnalyticsIfBuilt() throws Exception {
        Path jar = Repository.serviceJar("yield-analytics");
        if (!containsClass(jar, ANALYTICS_MAIN)) {
            progress.printf(
                    "[%6.1f s] yield-analytics skipped: %s with %s not built yet%n",
                    seconds(startedAt), jar.getFileName(), ANALYTICS_MAIN);
            return null;
        }
        return component("yield-analytics", () -> startAnalytics(jar));
    }

    private ServiceProcess startAnalytics(Path jar) throws IOException, InterruptedException {
        String classPath = jar + java.io.File.pathSeparator + jar.resolveSibling("lib") + "/*";
        List<String> command =
                List.of(
                        Path.of(ServiceProcess.javaHome(), "bin", "java").toString(),
                        "-Xmx768m",
                        "-cp",
                        classPath,
                        ANALYTICS_MAIN,
                        "--local");
        Map<String, String> env = new java.util.HashMap<>();
        env.put("GIGAFAB_KAFKA_BOOTSTRAP", kafka.bootstrapServers());
        env.put("GIGAFAB_JDBC_URL", jdbcUrl());
        env.put("GIGAFAB_JDBC_USER", "postgres");
        env.put("GIGAFAB_JDBC_PASSWORD", "postgres");
        env.put("GIGAFAB_REST_PORT", Integer.toString(ports.analytics()));
        env.put(
                "GIGAFAB_CHECKPOINT_DIR",
                StateFolders.recreate(workDir.resolve("analytics-checkpoints")).toUri().toString());
        env.put("GIGAFAB_ROLL_MIN_CELLS", Integer.toString(ROLL_MIN_CELLS));
        env.put("GIGAFAB_ROLL_EVALUATION_INTERVAL", ROLL_EVALUATION_INTERVAL);
        // Ready when the MiniCluster's REST API lists the job as RUNNING (its sources and sinks
        // are deployed, so it consumes the topics from their start).
        return ServiceProcess.run("yield-analytics", command, env, logs, null)
                .awaitReady(
                        analyticsUrl() + "/jobs/overview",
                        body -> body.contains("\"state\":\"RUNNING\""),
                        READY_TIMEOUT);
    }

    private ServiceProcess startMes() throws IOException, InterruptedException {
        Map<String, String> env = new java.util.HashMap<>();
        env.put("GIGAFAB_DB_URL", jdbcUrl());
        env.put("GIGAFAB_DB_USER", "postgres");
        env.put("GIGAFAB_DB_PASSWORD", "postgres");
        env.put("GIGAFAB_KAFKA_BOOTSTRAP", kafka.bootstrapServers());
        env.put("QUARKUS_PROFILE", "demo");
        env.put("QUARKUS_HTTP_PORT", Integer.toString(ports.mes()));
        env.put("GIGAFAB_OIDC_URL", keycloak.realmUrl());
        env.put("GIGAFAB_OIDC_CLIENT_ID", DemoLogins.CLIENT_ID);
        // The realm's MES client demands PKCE (S256); without it the browser login ends in
        // "Missing parameter: code_challenge_method". A public client needs a state secret for
        // PKCE: a random one per run, never stored.
        env.put("QUARKUS_OIDC_AUTHENTICATION_PKCE_REQUIRED", "true");
        env.put("QUARKUS_OIDC_AUTHENTICATION_STATE_SECRET", randomSecret());
        // The MES acts on an insight by itself when its evidence covers this many cells: the demo
        // line's rolls are judged at ROLL_MIN_CELLS cells (a plant's at 100).
        env.put("GIGAFAB_INSIGHTS_AUTO_HOLD_MIN_SAMPLE_SIZE", Integer.toString(ROLL_MIN_CELLS));
        return ServiceProcess.start(
                        "mes-service",
                        Repository.root().resolve("mes-service/target/quarkus-app/quarkus-run.jar"),
                        List.of(),
                        env,
                        logs)
                .awaitReady(mesUrl() + "/q/health/ready", READY_TIMEOUT);
    }

    private static String randomSecret() {
        byte[] bytes = new byte[32];
        new java.security.SecureRandom().nextBytes(bytes);
        return java.util.HexFormat.of().formatHex(bytes);
    }

    /** The MES database; the analytics job writes its time series into it too. */
    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + postgres.port() + "/postgres";
    }

    private void requirePortsFree() {
        ports.bySetting()
                .forEach(
                        (component, port) -> {
                            if (!Ports.available(port)) {
                                throw new PortTaken(component, port);
                            }
                        });
    }

    private static boolean containsClass(Path jar, String className) throws IOException {
        if (!Files.isRegularFile(jar)) {
            return false;
        }
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            return zip.getEntry(className.replace('.', '/') + ".class") != null;
        }
    }

    private static double seconds(long sinceNanos) {
        return (System.nanoTime() - sinceNanos) / 1e9;
    }

    @FunctionalInterface
    private interface Starter<T> {
        T start() throws Exception;
    }

    /** A port the stack needs is in use by another program. */
    public static final class PortTaken extends IllegalStateException {
        PortTaken(String setting, int port) {
            super(
                    "Port "
                            + port
                            + " ("
                            + setting
                            + ") is already in use. Stop what uses it, or choose another port:"
                            + " GIGAFAB_PORT_"
                            + setting.replace('-', '_').toUpperCase(java.util.Locale.ROOT)
                            + "=<port>");
        }
    }
}
