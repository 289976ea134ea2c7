package io.gigafab.simulator;

import io.gigafab.opcua.ApplicationCertificate;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import org.eclipse.milo.opcua.sdk.server.util.HostnameUtil;
import org.eclipse.milo.opcua.stack.core.util.CertificateUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The simulator's OPC UA application instance certificate ({@link ApplicationCertificate}): subject
 * alternative names {@link EquipmentServer#APPLICATION_URI} plus the DNS names / IP addresses of
 * the endpoint host, kept in {@link #KEY_STORE_FILE} and written as {@link #CERTIFICATE_FILE} for
 * clients' trust lists.
 */
final class ApplicationInstanceCertificate {

    private static final String FILE_BASE_NAME = "gigafab-line-simulator";

    static final String KEY_STORE_FILE = FILE_BASE_NAME + ApplicationCertificate.KEY_STORE_SUFFIX;
    static final String CERTIFICATE_FILE =
            FILE_BASE_NAME + ApplicationCertificate.CERTIFICATE_SUFFIX;

    private static final Logger log = LoggerFactory.getLogger(ApplicationInstanceCertificate.class);

    private ApplicationInstanceCertificate() {}

    /**
     * Load the certificate from {@code ownDirectory}, or create and store it there; warn if a
     * stored one does not name {@code hostname}.
     */
    static ApplicationCertificate loadOrCreate(
            Path ownDirectory, char[] keyStorePassword, String hostname) throws IOException {
        boolean stored = Files.exists(ownDirectory.resolve(KEY_STORE_FILE));
        var subject =
                new ApplicationCertificate.Subject(
                        EquipmentServer.APPLICATION_URI,
                        EquipmentServer.APPLICATION_NAME,
                        "line-simulator",
                        hostNames(hostname));
        var own =
                ApplicationCertificate.loadOrCreate(
                        ownDirectory, FILE_BASE_NAME, subject, keyStorePassword);
        if (stored && !own.namesHost(hostname)) {
            log.warn(
                    "The stored certificate does not name host {} (it names {} {}); clients that"
                            + " check host names will reject it. Delete {} to create a new one.",
                    hostname,
                    CertificateUtil.getSanDnsNames(own.certificate()),
                    CertificateUtil.getSanIpAddresses(own.certificate()),
                    KEY_STORE_FILE);
        }
        return own;
    }

    /** The endpoint host, this machine's name and the loopback names. */
    private static List<String> hostNames(String hostname) {
        var names = new LinkedHashSet<String>();
        names.add(hostname);
        names.add(HostnameUtil.getHostname());
        names.addAll(List.of("localhost", "127.0.0.1"));
        names.remove("0.0.0.0");
        return List.copyOf(names);
    }
}
