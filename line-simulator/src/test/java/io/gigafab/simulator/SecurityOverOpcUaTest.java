package io.gigafab.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.eclipse.milo.opcua.sdk.client.DiscoveryClient;
import org.eclipse.milo.opcua.sdk.client.OpcUaClient;
import org.eclipse.milo.opcua.sdk.client.identity.IdentityProvider;
import org.eclipse.milo.opcua.stack.core.NodeIds;
import org.eclipse.milo.opcua.stack.core.Stack;
import org.eclipse.milo.opcua.stack.core.StatusCodes;
import org.eclipse.milo.opcua.stack.core.UaException;
import org.eclipse.milo.opcua.stack.core.security.SecurityPolicy;
import org.eclipse.milo.opcua.stack.core.types.builtin.ByteString;
import org.eclipse.milo.opcua.stack.core.types.builtin.DataValue;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;
import org.eclipse.milo.opcua.stack.core.types.enumerated.MessageSecurityMode;
import org.eclipse.milo.opcua.stack.core.types.enumerated.TimestampsToReturn;
import org.eclipse.milo.opcua.stack.core.types.enumerated.UserTokenType;
import org.eclipse.milo.opcua.stack.core.types.structured.EndpointDescription;
import org.eclipse.milo.opcua.stack.core.types.structured.UserTokenPolicy;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Secured endpoints over real OPC UA TCP, with a self-signed test gateway certificate and a PKI in
 * a temporary directory.
 */
class SecurityOverOpcUaTest {

    /** Test-only credential, not a real secret. */
    private static final String GATEWAY_USER = "demo-gateway";

    private static final String GATEWAY_PASSWORD = "test-only-password";

    private static GatewayIdentity gateway;

    @TempDir Path pki;

    private final List<OpcUaClient> clients = new ArrayList<>();

    @BeforeAll
    static void createGatewayCertificate() throws Exception {
        gateway = GatewayIdentity.selfSigned("urn:gigafab:test:gateway");
    }

    @AfterEach
    void disconnect() {
        clients.forEach(GatewayIdentity::disconnectQuietly);
    }

    @AfterAll
    static void releaseClientThreads() {
        // the clients used Milo's JVM-wide shared threads; the servers used their own
        Stack.releaseSharedResources();
    }

    @Test
    void gatewayCertificateIsRejectedUntilItIsMovedToTrusted() throws Exception {
        var security =
                SimulatorSecurity.builder()
                        .noneEndpoint(false)
                        .signAndEncryptEndpoint(true)
                        .pkiDirectory(pki)
                        .build();
        try (EquipmentServer server = coaterServer(security)) {
            assertThatThrownBy(() -> connectSignAndEncrypt(server))
                    .isInstanceOfSatisfying(
                            UaException.class,
                            e ->
                                    assertThat(e.getStatusCode().value())
                                            .isEqualTo(StatusCodes.Bad_SecurityChecksFailed));

            Path rejected = single(pki.resolve("rejected"));
            Files.move(rejected, pki.resolve("trusted/certs").resolve(rejected.getFileName()));

            // Milo notices the new trusted certificate by watching the directory
            OpcUaClient client =
                    await().atMost(Duration.ofSeconds(10))
                            .pollInterval(Duration.ofMillis(200))
                            .ignoreExceptions()
                            .until(() -> connectSignAndEncrypt(server), c -> true);
            assertThat(readPosition(client).getValue().getValue()).isInstanceOf(Double.class);
        }
    }

    @Test
    void withoutAnonymousOnlyTheRightPasswordGetsIn() throws Exception {
        var security =
                SimulatorSecurity.builder()
                        .anonymous(false)
                        .user(GATEWAY_USER, GATEWAY_PASSWORD)
                        .pkiDirectory(pki)
                        .build();
        try (EquipmentServer server = coaterServer(security)) {
            assertThat(endpoints(server))
                    .singleElement()
                    .satisfies(
                            e ->
                                    assertThat(e.getUserIdentityTokens())
                                            .extracting(UserTokenPolicy::getTokenType)
                                            .containsExactly(UserTokenType.UserName));

            assertThatThrownBy(
                            () ->
                                    connectNone(
                                            server,
                                            GatewayIdentity.user(GATEWAY_USER, "wrong-password")))
                    .isInstanceOfSatisfying(
                            UaException.class,
                            e ->
                                    assertThat(e.getStatusCode().value())
                                            .isEqualTo(StatusCodes.Bad_UserAccessDenied));

            OpcUaClient client =
                    connectNone(server, GatewayIdentity.user(GATEWAY_USER, GATEWAY_PASSWORD));
            assertThat(readPosition(client).getStatusCode().isGood()).isTrue();
        }
    }

    @Test
    void serverCertificateSurvivesARestart() throws Exception {
        var security =
                SimulatorSecurity.builder().signAndEncryptEndpoint(true).pkiDirectory(pki).build();
        ByteString first;
        try (EquipmentServer server = coaterServer(security)) {
            first = serverCertificate(server);
        }
        ByteString second;
        try (EquipmentServer server = coaterServer(security)) {
            second = serverCertificate(server);
        }

        assertThat(first.isNullOrEmpty()).isFalse();
        assertThat(second).isEqualTo(first);
        assertThat(pki.resolve("own").resolve(ApplicationInstanceCertificate.KEY_STORE_FILE))
                .isRegularFile();
        assertThat(pki.resolve("own").resolve(ApplicationInstanceCertificate.CERTIFICATE_FILE))
                .hasBinaryContent(first.bytesOrEmpty());
    }

    @Test
    void defaultSecurityOffersOnlyTheAnonymousNoneEndpointAndWritesNoFiles() throws Exception {
        var security = SimulatorSecurity.builder().pkiDirectory(pki).build();
        try (EquipmentServer server = coaterServer(security)) {
            assertThat(endpoints(server))
                    .singleElement()
                    .satisfies(
                            e -> {
                                assertThat(e.getSecurityPolicyUri())
                                        .isEqualTo(SecurityPolicy.None.getUri());
                                assertThat(e.getUserIdentityTokens())
                                        .extracting(UserTokenPolicy::getTokenType)
                                        .containsExactly(UserTokenType.Anonymous);
                            });
        }
        assertThat(pki).isEmptyDirectory();
    }

    private EquipmentServer coaterServer(SimulatorSecurity security) throws IOException {
        return EquipmentServer.builder().port(0).security(security).start();
    }

    private OpcUaClient connectSignAndEncrypt(EquipmentServer server) throws UaException {
        return connected(
                gateway.connect(
                        server,
                        SecurityPolicy.Basic256Sha256,
                        MessageSecurityMode.SignAndEncrypt,
                        GatewayIdentity.anonymous()));
    }

    private OpcUaClient connectNone(EquipmentServer server, IdentityProvider identity)
            throws UaException {
        return connected(
                gateway.connect(server, SecurityPolicy.None, MessageSecurityMode.None, identity));
    }

    private OpcUaClient connected(OpcUaClient client) {
        clients.add(client);
        return client;
    }

    private static DataValue readPosition(OpcUaClient client) throws UaException {
        var browsing = new OpcUaBrowsing(client);
        NodeId position =
                browsing.path(
                        NodeIds.ObjectsFolder,
                        MachineryNamespace.URI,
                        "Machines",
                        StationNamespace.URI_PREFIX + "coater",
                        "COAT-C01",
                        StationNamespace.URI_PREFIX + "coater",
                        "PositionM");
        return client.readValue(0.0, TimestampsToReturn.Both, position);
    }

    private static List<EndpointDescription> endpoints(EquipmentServer server) throws Exception {
        return DiscoveryClient.getEndpoints(server.endpointUrl()).get();
    }

    private static ByteString serverCertificate(EquipmentServer server) throws Exception {
        return endpoints(server).stream()
                .filter(e -> e.getSecurityMode() == MessageSecurityMode.SignAndEncrypt)
                .findFirst()
                .orElseThrow()
                .getServerCertificate();
    }

    private static Path single(Path directory) throws IOException {
        await().atMost(Duration.ofSeconds(5)).until(() -> files(directory).size() == 1);
        return files(directory).get(0);
    }

    private static List<Path> files(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(Files::isRegularFile).toList();
        }
    }
}
