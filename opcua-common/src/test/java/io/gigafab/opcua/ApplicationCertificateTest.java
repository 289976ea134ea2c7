package io.gigafab.opcua;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.eclipse.milo.opcua.stack.core.util.CertificateUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApplicationCertificateTest {

    private static final String NAME = "gigafab-test";
    private static final char[] PASSWORD = "test-only-keystore".toCharArray();
    private static final ApplicationCertificate.Subject SUBJECT =
            new ApplicationCertificate.Subject(
                    "urn:gigafab:test:app",
                    "Gigafab test application",
                    "tests",
                    List.of("plant-host.example", "localhost", "127.0.0.1", "10.20.30.40"));

    @TempDir Path pki;

    @Test
    void theFirstStartCreatesTheCertificateAndLaterStartsReuseIt() throws Exception {
        Path own = pki.resolve("own");
        var created = ApplicationCertificate.loadOrCreate(own, NAME, SUBJECT, PASSWORD);
        var reloaded = ApplicationCertificate.loadOrCreate(own, NAME, SUBJECT, PASSWORD);

        assertThat(own.resolve("gigafab-test.p12")).isRegularFile();
        assertThat(reloaded.thumbprint()).isEqualTo(created.thumbprint());
        assertThat(reloaded.certificate()).isEqualTo(created.certificate());
        assertThat(reloaded.keyPair().getPrivate()).isEqualTo(created.keyPair().getPrivate());
        assertThat(reloaded.keyPair().getPublic()).isEqualTo(created.certificate().getPublicKey());
    }

    @Test
    void theCertificateNamesTheApplicationUriAndTheHosts() throws Exception {
        var own = ApplicationCertificate.loadOrCreate(pki, NAME, SUBJECT, PASSWORD);

        assertThat(CertificateUtil.getSanUri(own.certificate())).contains("urn:gigafab:test:app");
        assertThat(own.applicationUri()).isEqualTo("urn:gigafab:test:app");
        assertThat(CertificateUtil.getSanDnsNames(own.certificate()))
                .containsExactly("plant-host.example", "localhost");
        assertThat(CertificateUtil.getSanIpAddresses(own.certificate()))
                .containsExactly("127.0.0.1", "10.20.30.40");
        assertThat(own.namesHost("plant-host.example")).isTrue();
        assertThat(own.namesHost("10.20.30.40")).isTrue();
        assertThat(own.namesHost("other-host")).isFalse();
        assertThat(own.certificate().getSubjectX500Principal().getName())
                .contains("CN=Gigafab test application", "O=Gigafab", "OU=tests");
        assertThat(own.certificate().getSigAlgName()).isEqualTo("SHA256withRSA");
    }

    @Test
    void aReusedCertificateKeepsItsApplicationUriAndHosts() throws Exception {
        var created = ApplicationCertificate.loadOrCreate(pki, NAME, SUBJECT, PASSWORD);
        var moved =
                new ApplicationCertificate.Subject(
                        "urn:gigafab:test:renamed", "renamed", "tests", List.of("new-pod"));

        var reloaded = ApplicationCertificate.loadOrCreate(pki, NAME, moved, PASSWORD);

        assertThat(reloaded.thumbprint()).isEqualTo(created.thumbprint());
        assertThat(reloaded.applicationUri()).isEqualTo("urn:gigafab:test:app");
        assertThat(reloaded.namesHost("new-pod")).isFalse();
    }

    @Test
    void thePublicCertificateIsWrittenAsDerAndRewrittenIfDeleted() throws Exception {
        Path der = pki.resolve("gigafab-test.der");
        var own = ApplicationCertificate.loadOrCreate(pki, NAME, SUBJECT, PASSWORD);
        assertThat(der).hasBinaryContent(own.certificate().getEncoded());

        Files.delete(der);
        ApplicationCertificate.loadOrCreate(pki, NAME, SUBJECT, PASSWORD);

        assertThat(der).hasBinaryContent(own.certificate().getEncoded());
        assertThat(CertificateUtil.decodeCertificate(Files.readAllBytes(der)))
                .isEqualTo(own.certificate());
    }

    @Test
    void theThumbprintIsTheSha1OfTheCertificateInHex() throws Exception {
        var own = ApplicationCertificate.loadOrCreate(pki, NAME, SUBJECT, PASSWORD);

        byte[] sha1 = MessageDigest.getInstance("SHA-1").digest(own.certificate().getEncoded());
        assertThat(own.thumbprint())
                .isEqualTo(HexFormat.of().formatHex(sha1))
                .isEqualTo(ApplicationCertificate.thumbprint(own.certificate()))
                .hasSize(40);
    }

    @Test
    void theKeyStoreIsReadableByTheOwnerOnly() throws Exception {
        ApplicationCertificate.loadOrCreate(pki, NAME, SUBJECT, PASSWORD);
        Path keyStore = pki.resolve("gigafab-test.p12");

        if (Files.getFileAttributeView(keyStore, PosixFileAttributeView.class) != null) {
            assertThat(Files.getPosixFilePermissions(keyStore))
                    .isEqualTo(PosixFilePermissions.fromString("rw-------"));
        }
        assertThat(pki.resolve("gigafab-test.p12.partial")).doesNotExist();
    }

    @Test
    void aWrongKeyStorePasswordFailsAndKeepsTheStoredFile() throws Exception {
        var own = ApplicationCertificate.loadOrCreate(pki, NAME, SUBJECT, PASSWORD);
        byte[] stored = Files.readAllBytes(pki.resolve("gigafab-test.p12"));

        assertThatThrownBy(
                        () ->
                                ApplicationCertificate.loadOrCreate(
                                        pki, NAME, SUBJECT, "wrong".toCharArray()))
                .isInstanceOf(IOException.class);
        assertThat(pki.resolve("gigafab-test.p12")).hasBinaryContent(stored);
        assertThat(ApplicationCertificate.loadOrCreate(pki, NAME, SUBJECT, PASSWORD).thumbprint())
                .isEqualTo(own.thumbprint());
    }

    @Test
    void aKeyStoreWithoutTheCertificateIsUnusable() throws Exception {
        KeyStore empty = KeyStore.getInstance("PKCS12");
        empty.load(null, PASSWORD);
        try (OutputStream out = Files.newOutputStream(pki.resolve("gigafab-test.p12"))) {
            empty.store(out, PASSWORD);
        }

        assertThatThrownBy(() -> ApplicationCertificate.loadOrCreate(pki, NAME, SUBJECT, PASSWORD))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("unusable keystore")
                .hasMessageContaining("gigafab-test.p12")
                .hasMessageContaining("no private key entry named application-instance");
        assertThat(pki.resolve("gigafab-test.der")).doesNotExist();
    }
}
