package io.gigafab.gateway.opcua;

import io.gigafab.opcua.ApplicationCertificate;
import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The gateway's OPC UA application instance certificate ({@link ApplicationCertificate}), created
 * on the first start in {@code <pki>/own/gigafab-gateway.p12} (owner-only) and reused afterwards,
 * so a server that trusted the gateway once keeps trusting it. The public certificate is also
 * written as {@code <pki>/own/gigafab-gateway.der}, the file plant IT copies into a server's trust
 * list. The application URI is taken from the stored certificate, so it survives host name changes
 * (pods get new names on every restart).
 */
final class GatewayCertificate {

    private static final String FILE_BASE_NAME = "gigafab-gateway";

    static final String CERTIFICATE_FILE =
            FILE_BASE_NAME + ApplicationCertificate.CERTIFICATE_SUFFIX;

    private static final Logger log = LoggerFactory.getLogger(GatewayCertificate.class);

    private GatewayCertificate() {}

    /**
     * Load the certificate from {@code ownDirectory}, or create it there for {@code
     * applicationUri}.
     */
    static ApplicationCertificate loadOrCreate(
            Path ownDirectory, String applicationUri, char[] keyStorePassword) throws IOException {
        var subject =
                new ApplicationCertificate.Subject(
                        applicationUri, "Gigafab OPC UA gateway", "opcua-gateway", hostNames());
        return ApplicationCertificate.loadOrCreate(
                ownDirectory, FILE_BASE_NAME, subject, keyStorePassword);
    }

    private static List<String> hostNames() {
        var names = new LinkedHashSet<String>();
        try {
            names.add(InetAddress.getLocalHost().getHostName());
        } catch (UnknownHostException e) {
            log.debug("No local host name for the certificate", e);
        }
        names.add("localhost");
        return List.copyOf(names);
    }
}
