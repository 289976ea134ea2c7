package io.gigafab.opcua;

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
import java.util.List;
import java.util.regex.Pattern;
import org.eclipse.milo.opcua.stack.core.UaException;
import org.eclipse.milo.opcua.stack.core.util.CertificateUtil;
import org.eclipse.milo.opcua.stack.core.util.SelfSignedCertificateBuilder;
import org.eclipse.milo.opcua.stack.core.util.SelfSignedCertificateGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An OPC UA application instance certificate with its key pair: self-signed, RSA 2048 /
 * SHA256withRSA, valid for five years, organization Gigafab, subject alternative names the
 * application URI plus DNS names / IP addresses. Created on the first start in {@code
 * <own>/<name>.p12} (PKCS12, owner-only) and reused afterwards, so a peer that trusted it once
 * keeps trusting it. The public certificate is also written as {@code <own>/<name>.der}, the file
 * that goes into a peer's trust list.
 *
 * @param applicationUri the certificate's SAN URI; for a reused certificate the stored one, so it
 *     survives host name changes
 */
public record ApplicationCertificate(
        KeyPair keyPair, X509Certificate certificate, String applicationUri) {

    /** Ending of the keystore file, {@code <name>.p12}. */
    public static final String KEY_STORE_SUFFIX = ".p12";

    /** Ending of the public certificate file, {@code <name>.der}. */
    public static final String CERTIFICATE_SUFFIX = ".der";

    private static final Logger log = LoggerFactory.getLogger(ApplicationCertificate.class);
    private static final String ALIAS = "application-instance";
    private static final String ORGANIZATION = "Gigafab";
    private static final int RSA_KEY_BITS = 2048;
    private static final Period VALIDITY = Period.ofYears(5);
    private static final Pattern IP_ADDRESS = Pattern.compile("[0-9.]+|.*:.*");

    /**
     * Who a new certificate is issued to.
     *
     * @param hostnames DNS names and IP addresses (told apart by their form) for the SAN
     */
    public record Subject(
            String applicationUri,
            String commonName,
            String organizationalUnit,
            List<String> hostnames) {

        public Subject {
            hostnames = List.copyOf(hostnames);
        }
    }

    /**
     * Load the certificate {@code fileBaseName} from {@code ownDirectory}, or create it there for
     * {@code subject} (the directory too). Synchronized: several endpoints may share the directory.
     *
     * @throws IOException if the files cannot be read or written, or the keystore is unusable
     */
    public static synchronized ApplicationCertificate loadOrCreate(
            Path ownDirectory, String fileBaseName, Subject subject, char[] keyStorePassword)
            throws IOException {
        Files.createDirectories(ownDirectory);
        Path keyStoreFile = ownDirectory.resolve(fileBaseName + KEY_STORE_SUFFIX);
        try {
            ApplicationCertificate own;
            if (Files.exists(keyStoreFile)) {
                own = load(keyStoreFile, keyStorePassword, subject.applicationUri());
                log.info(
                        "Loaded application instance certificate {} (thumbprint {})",
                        keyStoreFile,
                        own.thumbprint());
            } else {
                own = create(subject);
                own.store(keyStoreFile, keyStorePassword);
                log.info(
                        "Created application instance certificate {} (thumbprint {})",
                        keyStoreFile,
                        own.thumbprint());
            }
            Path der = ownDirectory.resolve(fileBaseName + CERTIFICATE_SUFFIX);
            if (!Files.exists(der)) {
                Files.write(der, own.certificate.getEncoded());
            }
            return own;
        } catch (GeneralSecurityException e) {
            throw new IOException("unusable keystore " + keyStoreFile + ": " + e.getMessage(), e);
        }
    }

    /** Whether the certificate names {@code host} as a DNS name or an IP address. */
    public boolean namesHost(String host) {
        return CertificateUtil.getSanDnsNames(certificate).contains(host)
                || CertificateUtil.getSanIpAddresses(certificate).contains(host);
    }

    /** SHA-1 thumbprint in hex, as OPC UA names certificates. */
    public String thumbprint() {
        return thumbprint(certificate);
    }

    /** SHA-1 thumbprint of any certificate in hex; {@code ?} if it cannot be encoded. */
    public static String thumbprint(X509Certificate certificate) {
        try {
            return HexFormat.of().formatHex(CertificateUtil.thumbprint(certificate).bytesOrEmpty());
        } catch (UaException e) {
            return "?";
        }
    }

    private static ApplicationCertificate create(Subject subject) throws GeneralSecurityException {
        KeyPair keyPair = SelfSignedCertificateGenerator.generateRsaKeyPair(RSA_KEY_BITS);
        var builder =
                new SelfSignedCertificateBuilder(keyPair)
                        .setCommonName(subject.commonName())
                        .setOrganization(ORGANIZATION)
                        .setOrganizationalUnit(subject.organizationalUnit())
                        .setApplicationUri(subject.applicationUri())
                        .setValidityPeriod(VALIDITY)
                        .setSignatureAlgorithm(SelfSignedCertificateBuilder.SA_SHA256_RSA);
        for (String host : subject.hostnames()) {
            if (IP_ADDRESS.matcher(host).matches()) {
                builder.addIpAddress(host);
            } else {
                builder.addDnsName(host);
            }
        }
        try {
            return new ApplicationCertificate(keyPair, builder.build(), subject.applicationUri());
        } catch (GeneralSecurityException e) {
            throw e;
        } catch (Exception e) {
            throw new GeneralSecurityException("could not sign the certificate", e);
        }
    }

    private static ApplicationCertificate load(
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
        return new ApplicationCertificate(
                new KeyPair(certificate.getPublicKey(), privateKey), certificate, applicationUri);
    }

    private void store(Path keyStoreFile, char[] password)
            throws IOException, GeneralSecurityException {
        KeyStore keyStore = KeyStore.getInstance("PKCS12");
        keyStore.load(null, password);
        keyStore.setKeyEntry(
                ALIAS, keyPair.getPrivate(), password, new X509Certificate[] {certificate});
        Path partial = keyStoreFile.resolveSibling(keyStoreFile.getFileName() + ".partial");
        try (OutputStream out = Files.newOutputStream(partial)) {
            keyStore.store(out, password);
        }
        if (Files.getFileAttributeView(partial, PosixFileAttributeView.class) != null) {
            Files.setPosixFilePermissions(partial, PosixFilePermissions.fromString("rw-------"));
        }
        Files.move(partial, keyStoreFile, StandardCopyOption.ATOMIC_MOVE);
    }
}
