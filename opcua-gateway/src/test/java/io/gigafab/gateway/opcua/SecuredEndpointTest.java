package io.gigafab.gateway.opcua;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.gigafab.gateway.GatewayMetrics;
import io.gigafab.gateway.config.EndpointSettings;
import io.gigafab.gateway.config.PkiSettings;
import io.gigafab.simulator.EquipmentServer;
import io.gigafab.simulator.SimulatorSecurity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Basic256Sha256/SignAndEncrypt and user names against the simulator: both sides keep trust lists
 * on disk, as plant IT manages them.
 */
class SecuredEndpointTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String SERVER_CERTIFICATE = "gigafab-line-simulator.der";

    /** Test-only credential, not a real secret. */
    private static final String PASSWORD = "test-only-password";

    @TempDir Path gatewayPki;
    @TempDir Path serverPki;

    private final CollectedData collected = new CollectedData();
    private final List<AutoCloseable> resources = new ArrayList<>();

    @AfterEach
    void closeAll() throws Exception {
        for (int i = resources.size() - 1; i >= 0; i--) {
            resources.get(i).close();
        }
    }

    @Test
    void theGatewayIsRefusedUntilBothSidesTrustEachOther() throws Exception {
        EquipmentServer server = start(signAndEncryptOnly());
        EndpointConnection connection = connection(secured(server), false);
        connection.start();

        Path refusedGateway = single(serverPki.resolve("rejected"));
        assertThat(connection.connected()).isFalse();
        Files.copy(
                ownCertificate(),
                serverPki.resolve("trusted/certs").resolve(refusedGateway.getFileName()));

        Path refusedServer = single(gatewayPki.resolve("rejected"));
        assertThat(refusedServer)
                .hasSameBinaryContentAs(serverPki.resolve("own").resolve(SERVER_CERTIFICATE));
        assertThat(connection.connected()).isFalse();
        Files.move(
                refusedServer,
                gatewayPki.resolve("trusted/certs").resolve(refusedServer.getFileName()));

        await().atMost(WAIT).until(connection::connected);
        await().atMost(WAIT).until(() -> !collected.samples("coating.webSpeed").isEmpty());
    }

    @Test
    void anUntrustedServerIsRefusedAndItsCertificateRejected() throws Exception {
        EquipmentServer server = start(signAndEncryptOnly());
        EndpointConnection connection = connection(secured(server), false);
        trustGatewayOn(serverPki);
        connection.start();

        Path refused = single(gatewayPki.resolve("rejected"));

        assertThat(refused)
                .hasSameBinaryContentAs(serverPki.resolve("own").resolve(SERVER_CERTIFICATE));
        await().during(Duration.ofSeconds(2))
                .atMost(Duration.ofSeconds(5))
                .until(() -> !connection.connected() && collected.all().isEmpty());
    }

    @Test
    void trustAllServersAcceptsAServerNotInTheTrustList() throws Exception {
        EquipmentServer server = start(signAndEncryptOnly());
        EndpointConnection connection = connection(secured(server), true);
        trustGatewayOn(serverPki);
        connection.start();

        await().atMost(WAIT).until(() -> !collected.samples("coating.webSpeed").isEmpty());
        assertThat(gatewayPki.resolve("rejected")).isEmptyDirectory();
    }

    @Test
    void aUserNameGetsInWithThePasswordFromTheEnvironment() throws Exception {
        var users =
                SimulatorSecurity.builder()
                        .anonymous(false)
                        .user("demo-gateway", PASSWORD)
                        .pkiDirectory(serverPki)
                        .build();
        EquipmentServer server = start(users);
        trustServerOn(gatewayPki);
        EndpointConnection connection =
                connection(withUser(server, "demo-gateway"), Map.of("GW_PASSWORD", PASSWORD));
        connection.start();

        await().atMost(WAIT).until(() -> !collected.samples("coating.webSpeed").isEmpty());
        assertThat(gatewayPki.resolve("own")).doesNotExist();

        EndpointConnection intruder =
                connection(withUser(server, "demo-gateway"), Map.of("GW_PASSWORD", "guess"));
        intruder.start();
        await().during(Duration.ofSeconds(2))
                .atMost(Duration.ofSeconds(5))
                .until(() -> !intruder.connected());
        assertThatThrownBy(() -> connection(withUser(server, "demo-gateway"), Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("GW_PASSWORD is not set");
    }

    private EquipmentServer start(SimulatorSecurity security) throws IOException {
        EquipmentServer server = SimulatedLine.start(0, security, "SEC");
        resources.add(server);
        return server;
    }

    private SimulatorSecurity signAndEncryptOnly() {
        return SimulatorSecurity.builder()
                .noneEndpoint(false)
                .signAndEncryptEndpoint(true)
                .pkiDirectory(serverPki)
                .build();
    }

    private static EndpointSettings secured(EquipmentServer server) {
        return new EndpointSettings(
                "secured",
                server.endpointUrl(),
                "Basic256Sha256",
                "SignAndEncrypt",
                null,
                null,
                Configs.RECONNECT_MAX_DELAY_MS,
                List.of(Configs.coater()));
    }

    private static EndpointSettings withUser(EquipmentServer server, String user) {
        return new EndpointSettings(
                "user",
                server.endpointUrl(),
                null,
                null,
                user,
                "GW_PASSWORD",
                Configs.RECONNECT_MAX_DELAY_MS,
                List.of(Configs.coater()));
    }

    private EndpointConnection connection(EndpointSettings endpoint, boolean trustAllServers) {
        return track(
                new EndpointConnection(
                        "gf1",
                        endpoint,
                        new PkiSettings(gatewayPki, trustAllServers),
                        collected,
                        collected,
                        new GatewayMetrics(),
                        name -> null));
    }

    private EndpointConnection connection(EndpointSettings endpoint, Map<String, String> env) {
        return track(
                new EndpointConnection(
                        "gf1",
                        endpoint,
                        new PkiSettings(gatewayPki, false),
                        collected,
                        collected,
                        new GatewayMetrics(),
                        env::get));
    }

    private EndpointConnection track(EndpointConnection connection) {
        resources.add(connection);
        return connection;
    }

    /** What plant IT does: put the gateway's certificate into the server's trust list. */
    private void trustGatewayOn(Path pki) throws IOException {
        Files.createDirectories(pki.resolve("trusted/certs"));
        Files.copy(ownCertificate(), pki.resolve("trusted/certs/gigafab-gateway.der"));
    }

    /** What plant IT does: put the server's certificate into the gateway's trust list. */
    private void trustServerOn(Path pki) throws IOException {
        Files.createDirectories(pki.resolve("trusted/certs"));
        Files.copy(
                serverPki.resolve("own").resolve(SERVER_CERTIFICATE),
                pki.resolve("trusted/certs").resolve(SERVER_CERTIFICATE));
    }

    private Path ownCertificate() {
        return gatewayPki.resolve("own").resolve(GatewayCertificate.CERTIFICATE_FILE);
    }

    private static Path single(Path directory) {
        await().atMost(WAIT).until(() -> files(directory).size() == 1);
        return files(directory).get(0);
    }

    private static List<Path> files(Path directory) {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(Files::isRegularFile).toList();
        } catch (IOException e) {
            return List.of();
        }
    }
}
