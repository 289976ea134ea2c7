package io.gigafab.simulator;

import static org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.Unsigned.uint;

import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Optional;
import org.eclipse.milo.opcua.sdk.client.OpcUaClient;
import org.eclipse.milo.opcua.sdk.client.identity.AnonymousProvider;
import org.eclipse.milo.opcua.sdk.client.identity.IdentityProvider;
import org.eclipse.milo.opcua.sdk.client.identity.UsernameProvider;
import org.eclipse.milo.opcua.stack.core.UaException;
import org.eclipse.milo.opcua.stack.core.security.SecurityPolicy;
import org.eclipse.milo.opcua.stack.core.types.builtin.LocalizedText;
import org.eclipse.milo.opcua.stack.core.types.enumerated.MessageSecurityMode;
import org.eclipse.milo.opcua.stack.core.types.structured.EndpointDescription;
import org.eclipse.milo.opcua.stack.core.util.SelfSignedCertificateBuilder;
import org.eclipse.milo.opcua.stack.core.util.SelfSignedCertificateGenerator;

/**
 * A test OPC UA client application, as the opcua-gateway is one: its own self-signed application
 * instance certificate and the endpoint (security policy + mode) and user identity it connects
 * with.
 */
record GatewayIdentity(String applicationUri, KeyPair keyPair, X509Certificate certificate) {

    static GatewayIdentity selfSigned(String applicationUri) throws Exception {
        KeyPair keyPair = SelfSignedCertificateGenerator.generateRsaKeyPair(2048);
        X509Certificate certificate =
                new SelfSignedCertificateBuilder(keyPair)
                        .setCommonName("Gigafab test gateway")
                        .setApplicationUri(applicationUri)
                        .addDnsName("localhost")
                        .build();
        return new GatewayIdentity(applicationUri, keyPair, certificate);
    }

    static IdentityProvider anonymous() {
        return new AnonymousProvider();
    }

    static IdentityProvider user(String username, String password) {
        return new UsernameProvider(username, password);
    }

    /** Connect to the endpoint of {@code server} with this policy and mode, or fail. */
    OpcUaClient connect(
            EquipmentServer server,
            SecurityPolicy policy,
            MessageSecurityMode mode,
            IdentityProvider identity)
            throws UaException {
        OpcUaClient client =
                OpcUaClient.create(
                        server.endpointUrl(),
                        endpoints -> select(endpoints, policy, mode),
                        transport -> {},
                        config ->
                                config.setApplicationName(
                                                LocalizedText.english("Gigafab test gateway"))
                                        .setApplicationUri(applicationUri)
                                        .setKeyPair(keyPair)
                                        .setCertificate(certificate)
                                        .setCertificateChain(new X509Certificate[] {certificate})
                                        .setIdentityProvider(identity)
                                        .setRequestTimeout(uint(5_000)));
        try {
            client.connect();
            return client;
        } catch (UaException | RuntimeException e) {
            disconnectQuietly(client);
            throw e;
        }
    }

    static void disconnectQuietly(OpcUaClient client) {
        try {
            client.disconnect();
        } catch (UaException | RuntimeException ignored) {
            // already gone
        }
    }

    private static Optional<EndpointDescription> select(
            List<EndpointDescription> endpoints, SecurityPolicy policy, MessageSecurityMode mode) {
        return endpoints.stream()
                .filter(e -> policy.getUri().equals(e.getSecurityPolicyUri()))
                .filter(e -> e.getSecurityMode() == mode)
                .findFirst();
    }
}
