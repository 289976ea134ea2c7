package io.gigafab.simulator;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
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
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.eclipse.milo.opcua.sdk.server.util.HostnameUtil;
import org.eclipse.milo.opcua.stack.core.UaException;
import org.eclipse.milo.opcua.stack.core.util.CertificateUtil;
import org.eclipse.milo.opcua.stack.core.util.SelfSignedCertificateBuilder;
import org.eclipse.milo.opcua.stack.core.util.SelfSignedCertificateGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The simulator's OPC UA application instance certificate: self-signed, RSA 2048 / SHA256withRSA,
 * subject alternative names {@link EquipmentServer#APPLICATION_URI} plus the DNS names / IP
 * addresses of the endpoint host. Created on the first start in a PKCS12 keystore ({@link
 * #KEY_STORE_FILE}) and reused afterwards, so a client that trusted it once keeps trusting it. The
 * public certificate is also written as DER ({@link #CERTIFICATE_FILE}) for clients' trust lists.
 */
record ApplicationInstanceCertificate(KeyPair keyPair, X509Certificate certificate) {

    static final String KEY_STORE_FILE = "gigafab-line-simulator.p12";
    static final String CERTIFICATE_FILE = "gigafab-line-simulator.der";

    private static final Logger log = LoggerFactory.getLogger(ApplicationInstanceCertificate.class);
    private static final String ALIAS = "application-instance";
    private static final int RSA_KEY_BITS = 2048;
    private static final Period VALIDITY = Period.ofYears(5);
    private static final Pattern IP_ADDRESS = Pattern.compile("[0-9.]+|.*:.*");

    /** Load the certificate from {@code ownDirectory}, or create and store it there. */
    static ApplicationInstanceCertificate loadOrCreate(
            Path ownDirectory, char[] keyStorePassword, String hostname) throws IOException {
        Path keyStoreFile = ownDirectory.resolve(KEY_STORE_FILE);
        try {
            ApplicationInstanceCertificate own;
            if (Files.exists(keyStoreFile)) {
                own = load(keyStoreFile, keyStorePassword);
                own.warnIfHostnameMissing(hostname);
            } else {
                own = create(hostname);
                own.store(keyStoreFile, keyStorePassword);
                log.info("Created application instance certificate {}", keyStoreFile);
            }
            own.writeCertificateIfMissing(ownDirectory.resolve(CERTIFICATE_FILE));
            return own;
        } catch (GeneralSecurityException e) {
            throw new IOException("unusable keystore " + keyStoreFile + ": " + e.getMessage(), e);
        }
    }

    /** SHA-1 thumbprint in hex, as OPC UA identifies certificates. */
    String thumbprint() {
        try {
            return HexFormat.of().formatHex(CertificateUtil.thumbprint(certificate).bytesOrEmpty());
        } catch (UaException e) {
            throw new IllegalStateException("certificate not encodable", e);
        }
    }

    private static ApplicationInstanceCertificate create(String hostname)
            throws GeneralSecurityException {
        KeyPair keyPair = SelfSignedCertificateGenerator.generateRsaKeyPair(RSA_KEY_BITS);
        var builder =
                new SelfSignedCertificateBuilder(keyPair)
                        .setCommonName(EquipmentServer.APPLICATION_NAME)
                        .setOrganization("Gigafab")
                        .setOrganizationalUnit("line-simulator")
                        .setApplicationUri(EquipmentServer.APPLICATION_URI)
                        .setValidityPeriod(VALIDITY)
                        .setSignatureAlgorithm(SelfSignedCertificateBuilder.SA_SHA256_RSA);
        for (String host : hostNames(hostname)) {
            if (IP_ADDRESS.matcher(host).matches()) {
                builder.addIpAddress(host);
            } else {
                builder.addDnsName(host);
            }
        }
        try {
            return new ApplicationInstanceCertificate(keyPair, builder.build());
        } catch (GeneralSecurityException e) {
            throw e;
        } catch (Exception e) {
            throw new GeneralSecurityException("could not sign the certificate", e);
        }
    }

    /** The endpoint host, this machine's name and the loopback names. */
    private static Set<String> hostNames(String hostname) {
        var names = new LinkedHashSet<String>();
        names.add(hostname);
        names.add(HostnameUtil.getHostname());
        names.addAll(List.of("localhost", "127.0.0.1"));
        names.remove("0.0.0.0");
        return names;
    }

    private static ApplicationInstanceCertificate load(Path keyStoreFile, char[] password)
            throws IOException, GeneralSecurityException {
        KeyStore keyStore = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keyStoreFile)) {
            keyStore.load(in, password);
        }
        if (!(keyStore.getKey(ALIAS, password) instanceof PrivateKey privateKey)
                || !(keyStore.getCertificate(ALIAS) instanceof X509Certificate certificate)) {
            throw new GeneralSecurityException("no private key entry named " + ALIAS);
        }
        log.info("Loaded application instance certificate {}", keyStoreFile);
        return new ApplicationInstanceCertificate(
                new KeyPair(certificate.getPublicKey(), privateKey), certificate);
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
        ownerOnly(partial);
        Files.move(partial, keyStoreFile, StandardCopyOption.ATOMIC_MOVE);
    }

    private void writeCertificateIfMissing(Path certificateFile)
            throws IOException, GeneralSecurityException {
        if (!Files.exists(certificateFile)) {
            Files.write(certificateFile, certificate.getEncoded());
        }
    }

    private void warnIfHostnameMissing(String hostname) {
        List<String> names = CertificateUtil.getSanDnsNames(certificate);
        List<String> addresses = CertificateUtil.getSanIpAddresses(certificate);
        if (!names.contains(hostname) && !addresses.contains(hostname)) {
            log.warn(
                    "The stored certificate does not name host {} (it names {} {}); clients that"
                            + " check host names will reject it. Delete {} to create a new one.",
                    hostname,
                    names,
                    addresses,
                    KEY_STORE_FILE);
        }
    }

    private static void ownerOnly(Path file) throws IOException {
        if (Files.getFileAttributeView(file, PosixFileAttributeView.class) != null) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        }
    }
}
