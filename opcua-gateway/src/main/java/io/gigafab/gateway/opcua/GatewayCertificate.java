package io.gigafab.gateway.opcua;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Period;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.Set;
import org.eclipse.milo.opcua.stack.core.UaException;
import org.eclipse.milo.opcua.stack.core.util.CertificateUtil;
import org.eclipse.milo.opcua.stack.core.util.SelfSignedCertificateBuilder;
import org.eclipse.milo.opcua.stack.core.util.SelfSignedCertificateGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The gateway's OPC UA application instance certificate: self-signed RSA 2048 / SHA256withRSA,
 * created on the first start in {@code <pki>/own/gigafab-gateway.p12} (owner-only) and reused
 * afterwards, so a server that trusted the gateway once keeps trusting it. The public certificate
 * is also written as {@code <pki>/own/gigafab-gateway.der}, the file plant IT copies into a
 * server's trust list. The application URI is taken from the stored certificate, so it survives
 * host name changes (pods get new names on every restart).
 */
record GatewayCertificate(KeyPair keyPair, X509Certificate certificate, String applicationUri) {

    static final String KEY_STORE_FILE = "gigafab-gateway.p12";
    static final String CERTIFICATE_FILE = "gigafab-gateway.der";

    private static final Logger log = LoggerFactory.getLogger(GatewayCertificate.class);
    private static final String ALIAS = "application-instance";
    private static final Period VALIDITY = Period.ofYears(5);

    /**
     * Load the certificate from {@code ownDirectory}, or create it there for {@code
     * applicationUri}. Synchronized: several endpoints of one gateway share the directory.
     */
    static synchronized GatewayCertificate loadOrCreate(
            Path ownDirectory, String applicationUri, char[] keyStorePassword) throws IOException {
        Files.createDirectories(ownDirectory);
        Path keyStoreFile = ownDirectory.resolve(KEY_STORE_FILE);
        try {
            GatewayCertificate own;
            if (Files.exists(keyStoreFile)) {
                own = load(keyStoreFile, keyStorePassword, applicationUri);
            } else {
                own = create(applicationUri);
                own.store(keyStoreFile, keyStorePassword);
                log.info(
                        "Created the gateway's application certificate {} (thumbprint {})",
                        keyStoreFile,
                        own.thumbprint());
            }
            Path der = ownDirectory.resolve(CERTIFICATE_FILE);
            if (!Files.exists(der)) {
                Files.write(der, own.certificate.getEncoded());
            }
            return own;
        } catch (GeneralSecurityException e) {
            throw new IOException("unusable keystore " + keyStoreFile + ": " + e.getMessage(), e);
        }
    }

    /** SHA-1 thumbprint in hex, as OPC UA names certificates. */
    String thumbprint() {
        try {
            return HexFormat.of().formatHex(CertificateUtil.thumbprint(certificate).bytesOrEmpty());
        } catch (UaException e) {
            return "?";
        }
    }

    private static GatewayCertificate create(String applicationUri)
            throws GeneralSecurityException {
        KeyPair keyPair = SelfSignedCertificateGenerator.generateRsaKeyPair(2048);
        var builder =
                new SelfSignedCertificateBuilder(keyPair)
                        .setCommonName("Gigafab OPC UA gateway")
                        .setOrganization("Gigafab")
                        .setOrganizationalUnit("opcua-gateway")
                        .setApplicationUri(applicationUri)
                        .setValidityPeriod(VALIDITY)
                        .setSignatureAlgorithm(SelfSignedCertificateBuilder.SA_SHA256_RSA);
        hostNames().forEach(builder::addDnsName);
        try {
            return new GatewayCertificate(keyPair, builder.build(), applicationUri);
        } catch (GeneralSecurityException e) {
            throw e;
        } catch (Exception e) {
            throw new GeneralSecurityException("could not sign the certificate", e);
        }
    }

    private static Set<String> hostNames() {
        var names = new LinkedHashSet<String>();
        try {
            names.add(InetAddress.getLocalHost().getHostName());
        } catch (UnknownHostException e) {
            log.debug("No local host name for the certificate", e);
        }
        names.add("localhost");
        return names;
    }

    private static GatewayCertificate load(
            Path keyStoreFile, char[] password, String fallbackApplicationUri)
            throws IOException, GeneralSecurityException {
        KeyStore keyStore = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keyStoreFile)) {
            keyStore.load(in, password);
        }
        if (!(keyStore.getKey(ALIAS, password) instanceof PrivateKey privateKey)
                || !(keyStore.getCertificate(ALIAS) instanceof X509Certificate certificate)) {
            throw new GeneralSecurityException("no private key entry named " + ALIAS);
        }
        String applicationUri =
                CertificateUtil.getSanUri(certificate).orElse(fallbackApplicationUri);
        return new GatewayCertificate(
                new KeyPair(certificate.getPublicKey(), privateKey), certificate, applicationUri);
    }

    private void store(Path keyStoreFile, char[] password)
            throws IOException, GeneralSecurityException {
        KeyStore keyStore = KeyStore.getInstance("PKCS12");
        keyStore.load(null, password);
        keyStore.setKeyEntry(
                ALIAS, keyPair.getPrivate(), password, new X509Certificate[] {certificate});
        Path partial = keyStoreFile.resolveSibling(KEY_STORE_FILE + ".partial");
        try (OutputStream out = Files.newOutputStream(partial)) {
            keyStore.store(out, password);
        }
        if (Files.getFileAttributeView(partial, PosixFileAttributeView.class) != null) {
            Files.setPosixFilePermissions(partial, PosixFilePermissions.fromString("rw-------"));
        }
        Files.move(partial, keyStoreFile, StandardCopyOption.ATOMIC_MOVE);
    }
}
