package io.gigafab.simulator;

import static org.eclipse.milo.opcua.sdk.server.OpcUaServerConfig.USER_TOKEN_POLICY_ANONYMOUS;
import static org.eclipse.milo.opcua.sdk.server.OpcUaServerConfig.USER_TOKEN_POLICY_USERNAME;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.milo.opcua.sdk.server.EndpointConfig;
import org.eclipse.milo.opcua.sdk.server.identity.AnonymousIdentityValidator;
import org.eclipse.milo.opcua.sdk.server.identity.CompositeValidator;
import org.eclipse.milo.opcua.sdk.server.identity.IdentityValidator;
import org.eclipse.milo.opcua.sdk.server.identity.UsernameIdentityValidator;
import org.eclipse.milo.opcua.stack.core.security.CertificateManager;
import org.eclipse.milo.opcua.stack.core.security.DefaultCertificateManager;
import org.eclipse.milo.opcua.stack.core.security.MemoryCertificateQuarantine;
import org.eclipse.milo.opcua.stack.core.security.SecurityPolicy;
import org.eclipse.milo.opcua.stack.core.types.enumerated.MessageSecurityMode;
import org.eclipse.milo.opcua.stack.core.types.structured.UserTokenPolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link SimulatorSecurity} turned into what Milo's server needs: the endpoints with their token
 * policies, the certificate manager (with the trust list) and the identity validator. Owns the
 * {@link SimulatorPki} when a certificate is needed; {@link #close()} releases it.
 */
final class ServerSecurity implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ServerSecurity.class);

    private final SimulatorSecurity settings;

    /** Null when no certificate is needed (None endpoint, anonymous only). */
    private final SimulatorPki pki;

    private ServerSecurity(SimulatorSecurity settings, SimulatorPki pki) {
        this.settings = settings;
        this.pki = pki;
    }

    /** Open the PKI if the settings need a certificate; {@code hostname} goes into it. */
    static ServerSecurity open(SimulatorSecurity settings, String hostname) throws IOException {
        SimulatorPki pki =
                settings.needsCertificate()
                        ? SimulatorPki.open(
                                settings.pkiDirectory(),
                                settings.keyStorePassword().toCharArray(),
                                hostname)
                        : null;
        log.info("Equipment server security: {}", settings);
        return new ServerSecurity(settings, pki);
    }

    /**
     * The endpoints to offer, all on the address, port and path of {@code base}: None first (if
     * offered), then Basic256Sha256 SignAndEncrypt.
     */
    Set<EndpointConfig> endpoints(EndpointConfig.Builder base) {
        if (pki != null) {
            base.setCertificate(pki.certificate());
        }
        base.addTokenPolicies(tokenPolicies());
        var endpoints = new LinkedHashSet<EndpointConfig>();
        if (settings.noneEndpoint()) {
            endpoints.add(
                    base.copy()
                            .setSecurityPolicy(SecurityPolicy.None)
                            .setSecurityMode(MessageSecurityMode.None)
                            .build());
        }
        if (settings.signAndEncryptEndpoint()) {
            endpoints.add(
                    base.copy()
                            .setSecurityPolicy(SecurityPolicy.Basic256Sha256)
                            .setSecurityMode(MessageSecurityMode.SignAndEncrypt)
                            .build());
        }
        return endpoints;
    }

    /** With a PKI its trust list decides; without one no secured channel is possible anyway. */
    CertificateManager certificateManager() {
        return pki != null
                ? pki.certificateManager()
                : new DefaultCertificateManager(new MemoryCertificateQuarantine());
    }

    /** Accepts exactly the identities the endpoints' token policies announce. */
    IdentityValidator identityValidator() {
        List<IdentityValidator> validators = new ArrayList<>();
        if (settings.anonymousAllowed()) {
            validators.add(AnonymousIdentityValidator.INSTANCE);
        }
        if (!settings.users().isEmpty()) {
            validators.add(
                    new UsernameIdentityValidator(
                            challenge ->
                                    authenticate(
                                            challenge.getUsername(), challenge.getPassword())));
        }
        return validators.size() == 1 ? validators.get(0) : new CompositeValidator(validators);
    }

    @Override
    public void close() {
        if (pki != null) {
            pki.close();
        }
    }

    private UserTokenPolicy[] tokenPolicies() {
        List<UserTokenPolicy> policies = new ArrayList<>();
        if (settings.anonymousAllowed()) {
            policies.add(USER_TOKEN_POLICY_ANONYMOUS);
        }
        if (!settings.users().isEmpty()) {
            // the password is encrypted with the server certificate (Basic256Sha256)
            policies.add(USER_TOKEN_POLICY_USERNAME);
        }
        return policies.toArray(UserTokenPolicy[]::new);
    }

    private boolean authenticate(String username, String password) {
        boolean accepted = settings.passwordMatches(username, password);
        if (!accepted) {
            log.warn("Rejected user name/password for user {}", username);
        }
        return accepted;
    }
}
