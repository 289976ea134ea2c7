package io.gigafab.gateway.opcua;

import static org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.Unsigned.uint;

import io.gigafab.gateway.config.EndpointSettings;
import io.gigafab.gateway.config.PkiSettings;
import io.gigafab.opcua.ApplicationCertificate;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.eclipse.milo.opcua.sdk.client.OpcUaClient;
import org.eclipse.milo.opcua.sdk.client.OpcUaClientConfigBuilder;
import org.eclipse.milo.opcua.sdk.client.identity.AnonymousProvider;
import org.eclipse.milo.opcua.sdk.client.identity.IdentityProvider;
import org.eclipse.milo.opcua.sdk.client.identity.UsernameProvider;
import org.eclipse.milo.opcua.stack.core.UaException;
import org.eclipse.milo.opcua.stack.core.security.SecurityPolicy;
import org.eclipse.milo.opcua.stack.core.types.builtin.LocalizedText;
import org.eclipse.milo.opcua.stack.core.types.enumerated.MessageSecurityMode;
import org.eclipse.milo.opcua.stack.core.types.enumerated.UserTokenType;
import org.eclipse.milo.opcua.stack.core.types.structured.EndpointDescription;
import org.eclipse.milo.opcua.stack.core.types.structured.UserTokenPolicy;
import org.eclipse.milo.opcua.stack.core.util.EndpointUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How the gateway opens a session with one endpoint: the server endpoint with the configured
 * security policy and mode, the gateway's application certificate (secured endpoints only), the
 * trust list (secured endpoints, and user names: a password is encrypted for the server's
 * certificate and only sent to a trusted one), and the user identity — anonymous, or the configured
 * user name with the password from the environment variable named by {@code passwordEnv} (never
 * from the configuration file, never logged). An anonymous None endpoint needs no PKI at all.
 */
final class EndpointSecurity {

    static final String PRODUCT_URI = "urn:gigafab:opcua-gateway";
    static final String KEY_STORE_PASSWORD_ENV = "GIGAFAB_GATEWAY_KEYSTORE_PASSWORD";

    /** Public on purpose: the file permissions of the PKI folder protect the key, not this. */
    static final String DEFAULT_KEY_STORE_PASSWORD = "gigafab-gateway-keystore";

    private static final Logger log = LoggerFactory.getLogger(EndpointSecurity.class);
    private static final int REQUEST_TIMEOUT_MS = 10_000;

    private final EndpointSettings endpoint;
    private final SecurityPolicy policy;
    private final MessageSecurityMode mode;
    private final ApplicationCertificate certificate;
    private final ServerTrust trust;
    private final String password;

    /**
     * @param environment looks up environment variables (the password, the keystore password)
     * @throws IllegalArgumentException if the password variable is not set
     * @throws UncheckedIOException if the PKI folder cannot be set up
     */
    EndpointSecurity(
            String site,
            EndpointSettings endpoint,
            PkiSettings pki,
            UnaryOperator<String> environment) {
        this.endpoint = endpoint;
        this.policy =
                "Basic256Sha256".equals(endpoint.securityPolicy())
                        ? SecurityPolicy.Basic256Sha256
                        : SecurityPolicy.None;
        this.mode = MessageSecurityMode.valueOf(endpoint.securityMode());
        this.password = endpoint.username() == null ? null : password(endpoint, environment);
        try {
            this.certificate =
                    policy == SecurityPolicy.None ? null : certificate(site, pki, environment);
            // a password goes only to a server whose certificate is trusted
            this.trust =
                    policy == SecurityPolicy.None && password == null
                            ? null
                            : ServerTrust.open(
                                    endpoint.name(), pki.directory(), pki.trustAllServers());
        } catch (IOException e) {
            throw new UncheckedIOException("PKI at " + pki.directory() + ": " + e.getMessage(), e);
        }
    }

    private static ApplicationCertificate certificate(
            String site, PkiSettings pki, UnaryOperator<String> environment) throws IOException {
        String keyStorePassword = environment.apply(KEY_STORE_PASSWORD_ENV);
        return GatewayCertificate.loadOrCreate(
                pki.directory().resolve("own"),
                PRODUCT_URI + ":" + site,
                (keyStorePassword == null || keyStorePassword.isEmpty()
                                ? DEFAULT_KEY_STORE_PASSWORD
                                : keyStorePassword)
                        .toCharArray());
    }

    /**
     * Ask the server for its endpoints and create a client for the configured one (not connected).
     *
     * @throws UaException if the server is unreachable or offers no matching endpoint
     */
    OpcUaClient newClient(ConnectionThreads threads) throws UaException {
        return OpcUaClient.create(
                endpoint.url(), this::select, threads::configure, this::configure);
    }

    private Optional<EndpointDescription> select(List<EndpointDescription> offered) {
        UserTokenType token =
                endpoint.username() == null ? UserTokenType.Anonymous : UserTokenType.UserName;
        Optional<EndpointDescription> chosen =
                offered.stream()
                        .filter(e -> policy.getUri().equals(e.getSecurityPolicyUri()))
                        .filter(e -> e.getSecurityMode() == mode)
                        .filter(e -> offers(e, token))
                        .findFirst()
                        // the server may announce a host name the gateway cannot resolve
                        .map(
                                e ->
                                        EndpointUtil.updateUrl(
                                                e,
                                                EndpointUtil.getHost(endpoint.url()),
                                                EndpointUtil.getPort(endpoint.url())));
        if (chosen.isEmpty()) {
            log.error(
                    "Endpoint {} at {} offers no {}/{} endpoint with {} identity; it offers {}",
                    endpoint.name(),
                    endpoint.url(),
                    endpoint.securityPolicy(),
                    endpoint.securityMode(),
                    token,
                    offered.stream()
                            .map(e -> e.getSecurityPolicyUri() + "/" + e.getSecurityMode())
                            .toList());
        }
        return chosen;
    }

    private static boolean offers(EndpointDescription endpoint, UserTokenType token) {
        UserTokenPolicy[] policies = endpoint.getUserIdentityTokens();
        return policies != null && Stream.of(policies).anyMatch(p -> p.getTokenType() == token);
    }

    private void configure(OpcUaClientConfigBuilder config) {
        config.setApplicationName(LocalizedText.english("Gigafab OPC UA gateway"))
                .setProductUri(PRODUCT_URI)
                .setRequestTimeout(uint(REQUEST_TIMEOUT_MS))
                .setIdentityProvider(identity());
        if (certificate != null) {
            config.setApplicationUri(certificate.applicationUri())
                    .setKeyPair(certificate.keyPair())
                    .setCertificate(certificate.certificate())
                    .setCertificateChain(new X509Certificate[] {certificate.certificate()});
        } else {
            config.setApplicationUri(PRODUCT_URI);
        }
        if (trust != null) {
            config.setCertificateValidator(trust);
        }
    }

    private IdentityProvider identity() {
        return endpoint.username() == null
                ? new AnonymousProvider()
                : new UsernameProvider(endpoint.username(), password, trust);
    }

    private static String password(EndpointSettings endpoint, UnaryOperator<String> environment) {
        String value = environment.apply(endpoint.passwordEnv());
        if (value == null || value.isEmpty()) {
            throw new IllegalArgumentException(
                    "endpoints["
                            + endpoint.name()
                            + "].passwordEnv: environment variable "
                            + endpoint.passwordEnv()
                            + " is not set");
        }
        return value;
    }
}
