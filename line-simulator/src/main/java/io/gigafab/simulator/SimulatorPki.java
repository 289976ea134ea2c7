package io.gigafab.simulator;

import io.gigafab.opcua.ApplicationCertificate;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.cert.X509Certificate;
import org.eclipse.milo.opcua.stack.core.NodeIds;
import org.eclipse.milo.opcua.stack.core.security.CertificateManager;
import org.eclipse.milo.opcua.stack.core.security.CertificateStore;
import org.eclipse.milo.opcua.stack.core.security.DefaultApplicationGroup;
import org.eclipse.milo.opcua.stack.core.security.DefaultCertificateManager;
import org.eclipse.milo.opcua.stack.core.security.DefaultServerCertificateValidator;
import org.eclipse.milo.opcua.stack.core.security.FileBasedCertificateQuarantine;
import org.eclipse.milo.opcua.stack.core.security.FileBasedTrustListManager;
import org.eclipse.milo.opcua.stack.core.security.MemoryCertificateStore;
import org.eclipse.milo.opcua.stack.core.security.RsaSha256CertificateFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The simulator's public key infrastructure on disk, the way plant IT manages OPC UA trust:
 *
 * <pre>
 * &lt;pki&gt;/own/gigafab-line-simulator.p12   the server's key and certificate (PKCS12)
 * &lt;pki&gt;/own/gigafab-line-simulator.der   the server's certificate, for clients' trust lists
 * &lt;pki&gt;/trusted/certs, trusted/crl       trusted client (or CA) certificates and their CRLs
 * &lt;pki&gt;/issuers/certs, issuers/crl       CA certificates that only complete a client's chain
 * &lt;pki&gt;/rejected                         client certificates that were refused
 * </pre>
 *
 * A client connecting with security is refused until its certificate (or its CA) is in {@code
 * trusted/certs}; refused certificates land in {@code rejected}, so trusting a gateway means moving
 * its file from {@code rejected} to {@code trusted/certs}. Milo watches the trust list directories,
 * changes apply without a restart. {@link #close()} stops that watcher thread.
 */
final class SimulatorPki implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(SimulatorPki.class);

    private final ApplicationCertificate own;
    private final FileBasedTrustListManager trustList;
    private final CertificateManager certificateManager;

    private SimulatorPki(
            ApplicationCertificate own,
            FileBasedTrustListManager trustList,
            CertificateManager certificateManager) {
        this.own = own;
        this.trustList = trustList;
        this.certificateManager = certificateManager;
    }

    /** Create the directories (and the certificate) if missing, load the trust list. */
    static SimulatorPki open(Path directory, char[] keyStorePassword, String hostname)
            throws IOException {
        var own =
                ApplicationInstanceCertificate.loadOrCreate(
                        directories(directory.resolve("own")), keyStorePassword, hostname);
        var quarantine =
                new FileBasedCertificateQuarantine(
                        directories(directory.resolve("rejected")).toFile());
        var trustList =
                new FileBasedTrustListManager(
                        directories(directory.resolve("issuers").resolve("certs")),
                        directories(directory.resolve("issuers").resolve("crl")),
                        directories(directory.resolve("trusted").resolve("certs")),
                        directories(directory.resolve("trusted").resolve("crl")));
        trustList.initialize();
        try {
            var validator = new DefaultServerCertificateValidator(trustList, quarantine);
            var group =
                    DefaultApplicationGroup.createAndInitialize(
                            trustList, storeWith(own), factoryOf(own), validator);
            log.info(
                    "PKI at {}: server certificate thumbprint {}, {} trusted certificate(s)",
                    directory.toAbsolutePath(),
                    own.thumbprint(),
                    trustList.getTrustedCertificates().size());
            return new SimulatorPki(
                    own, trustList, new DefaultCertificateManager(quarantine, group));
        } catch (Exception e) {
            trustList.close();
            throw new IOException("could not set up the PKI at " + directory, e);
        }
    }

    X509Certificate certificate() {
        return own.certificate();
    }

    CertificateManager certificateManager() {
        return certificateManager;
    }

    /** Stop watching the trust list directories. */
    @Override
    public void close() {
        try {
            trustList.close();
        } catch (IOException e) {
            log.warn("Trust list watcher did not stop cleanly", e);
        }
    }

    private static Path directories(Path directory) throws IOException {
        return Files.createDirectories(directory);
    }

    private static CertificateStore storeWith(ApplicationCertificate own) throws Exception {
        var store = new MemoryCertificateStore();
        store.set(
                NodeIds.RsaSha256ApplicationCertificateType,
                new CertificateStore.Entry(
                        own.keyPair().getPrivate(), new X509Certificate[] {own.certificate()}));
        return store;
    }

    /** Milo asks the factory only when the store has no certificate: hand out our own. */
    private static RsaSha256CertificateFactory factoryOf(ApplicationCertificate own) {
        return new RsaSha256CertificateFactory() {
            @Override
            protected KeyPair createRsaSha256KeyPair() {
                return own.keyPair();
            }

            @Override
            protected X509Certificate[] createRsaSha256CertificateChain(KeyPair keyPair) {
                return new X509Certificate[] {own.certificate()};
            }
        };
    }
}
