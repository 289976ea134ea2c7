package io.gigafab.gateway.opcua;

import io.gigafab.opcua.ApplicationCertificate;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.cert.CRL;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.eclipse.milo.opcua.stack.core.UaException;
import org.eclipse.milo.opcua.stack.core.security.CertificateValidator;
import org.eclipse.milo.opcua.stack.core.security.DefaultClientCertificateValidator;
import org.eclipse.milo.opcua.stack.core.security.FileBasedCertificateQuarantine;
import org.eclipse.milo.opcua.stack.core.security.MemoryTrustListManager;
import org.eclipse.milo.opcua.stack.core.util.CertificateUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decides whether the gateway trusts a server's certificate, from the trust list folders of the
 * gateway's PKI, read at every check (a secure connection is opened rarely, and a certificate moved
 * into {@code trusted/certs} counts at the next attempt, without a watcher thread):
 *
 * <pre>
 * &lt;pki&gt;/trusted/certs, trusted/crl   trusted server certificates (or their CAs) and CRLs
 * &lt;pki&gt;/issuers/certs, issuers/crl   CA certificates that only complete a server's chain
 * &lt;pki&gt;/rejected                     refused server certificates (DER), to review and move
 * </pre>
 *
 * The chain must end in {@code trusted/}; otherwise the connection is refused and the certificate
 * is written to {@code rejected/}. Milo's default checks apply (expiry, host name and application
 * URI mismatches are logged as warnings). With {@code trustAllServers} every server is accepted
 * with a warning — for commissioning only.
 */
final class ServerTrust implements CertificateValidator {

    private static final Logger log = LoggerFactory.getLogger(ServerTrust.class);

    private final String endpoint;
    private final Path trustedCerts;
    private final Path trustedCrl;
    private final Path issuerCerts;
    private final Path issuerCrl;
    private final Path rejected;
    private final boolean trustAllServers;

    private ServerTrust(String endpoint, Path pki, boolean trustAllServers) {
        this.endpoint = endpoint;
        this.trustedCerts = pki.resolve("trusted").resolve("certs");
        this.trustedCrl = pki.resolve("trusted").resolve("crl");
        this.issuerCerts = pki.resolve("issuers").resolve("certs");
        this.issuerCrl = pki.resolve("issuers").resolve("crl");
        this.rejected = pki.resolve("rejected");
        this.trustAllServers = trustAllServers;
    }

    /** The trust list of the PKI at {@code pki}; creates its folders if missing. */
    static ServerTrust open(String endpoint, Path pki, boolean trustAllServers) throws IOException {
        var trust = new ServerTrust(endpoint, pki, trustAllServers);
        for (Path folder :
                List.of(
                        trust.trustedCerts,
                        trust.trustedCrl,
                        trust.issuerCerts,
                        trust.issuerCrl,
                        trust.rejected)) {
            Files.createDirectories(folder);
        }
        return trust;
    }

    @Override
    public void validateCertificateChain(
            List<X509Certificate> chain, String applicationUri, String[] validHostnames)
            throws UaException {
        X509Certificate server = chain.get(0);
        if (trustAllServers) {
            log.warn(
                    "Endpoint {}: trusting server certificate {} ({}) without checking:"
                            + " pki.trustAllServers is on (commissioning only)",
                    endpoint,
                    server.getSubjectX500Principal().getName(),
                    ApplicationCertificate.thumbprint(server));
            return;
        }
        try {
            new DefaultClientCertificateValidator(
                            trustList(), new FileBasedCertificateQuarantine(rejected.toFile()))
                    .validateCertificateChain(chain, applicationUri, validHostnames);
        } catch (UaException e) {
            log.error(
                    "Endpoint {}: refused the server certificate {} (thumbprint {}): {}. If it is"
                            + " the right server, move its file from {} to {}",
                    endpoint,
                    server.getSubjectX500Principal().getName(),
                    ApplicationCertificate.thumbprint(server),
                    e.getMessage(),
                    rejected.toAbsolutePath(),
                    trustedCerts.toAbsolutePath());
            throw e;
        }
    }

    private MemoryTrustListManager trustList() {
        var trustList = new MemoryTrustListManager();
        trustList.setTrustedCertificates(certificates(trustedCerts));
        trustList.setIssuerCertificates(certificates(issuerCerts));
        trustList.setTrustedCrls(crls(trustedCrl));
        trustList.setIssuerCrls(crls(issuerCrl));
        return trustList;
    }

    private static List<X509Certificate> certificates(Path folder) {
        List<X509Certificate> certificates = new ArrayList<>();
        for (Path file : files(folder)) {
            try (InputStream in = Files.newInputStream(file)) {
                certificates.addAll(CertificateUtil.decodeCertificates(in));
            } catch (IOException | UaException e) {
                log.warn("Skipping {}: not a certificate ({})", file, e.getMessage());
            }
        }
        return certificates;
    }

    private static List<X509CRL> crls(Path folder) {
        List<X509CRL> crls = new ArrayList<>();
        for (Path file : files(folder)) {
            try (InputStream in = Files.newInputStream(file)) {
                for (CRL crl : CertificateFactory.getInstance("X.509").generateCRLs(in)) {
                    if (crl instanceof X509CRL x509) {
                        crls.add(x509);
                    }
                }
            } catch (IOException | GeneralSecurityException e) {
                log.warn("Skipping {}: not a CRL ({})", file, e.getMessage());
            }
        }
        return crls;
    }

    private static List<Path> files(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile).toList();
        } catch (IOException e) {
            log.warn("Cannot read trust list folder {}: {}", folder, e.getMessage());
            return List.of();
        }
    }
}
