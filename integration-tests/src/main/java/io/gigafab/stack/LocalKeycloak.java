package io.gigafab.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A real Keycloak server for the local stack: the {@code keycloak-quarkus-dist} distribution from
 * Maven Central (unpacked by the build into {@code integration-tests/target/keycloak-dist}),
 * started with {@code kc.sh start-dev} as a child process with the gigafab realm of the Helm chart
 * imported and an in-memory database. Needs nothing but a JDK.
 */
public final class LocalKeycloak implements AutoCloseable {

    /** DEMO ONLY: the bootstrap admin of the local Keycloak console, never for a real plant. */
    public static final String DEMO_ADMIN_USER = "demo-kc-admin";

    /** DEMO ONLY: the bootstrap admin's password. */
    public static final String DEMO_ADMIN_PASSWORD = "demo";

    public static final String REALM = "gigafab";

    private final ServiceProcess process;
    private final int port;

    private LocalKeycloak(ServiceProcess process, int port) {
        this.process = process;
        this.port = port;
    }

    /**
     * Copies the distribution under {@code workDir/keycloak} (once), puts the realm into its import
     * folder, starts it on {@code port} and waits for the realm's OpenID configuration.
     */
    public static LocalKeycloak start(Path workDir, int port, Path realmFile, Path logDir)
            throws IOException, InterruptedException {
        return start(workDir, port, realmFile, logDir, null);
    }

    /**
     * As {@link #start(Path, int, Path, Path)}, with the MES's browser login allowed to return to
     * {@code mesUrl} (the realm of the chart only knows http://localhost:8080, so a demo on another
     * MES port could not log in).
     */
    public static LocalKeycloak start(
            Path workDir, int port, Path realmFile, Path logDir, String mesUrl)
            throws IOException, InterruptedException {
        Path home = install(workDir.resolve("keycloak"));
        Path imports = Files.createDirectories(home.resolve("data/import"));
        Path imported = imports.resolve("gigafab-realm.json");
        if (mesUrl == null) {
            Files.copy(realmFile, imported, StandardCopyOption.REPLACE_EXISTING);
        } else {
            writeRealmFor(realmFile, mesUrl, imported);
        }
        List<String> command =
                List.of(
                        home.resolve("bin/kc.sh").toString(),
                        "start-dev",
                        "--http-port=" + port,
                        "--http-management-port=" + Ports.free(),
                        "--db=dev-mem",
                        "--import-realm");
        Map<String, String> env =
                Map.of(
                        "JAVA_HOME", ServiceProcess.javaHome(),
                        "KC_BOOTSTRAP_ADMIN_USERNAME", DEMO_ADMIN_USER,
                        "KC_BOOTSTRAP_ADMIN_PASSWORD", DEMO_ADMIN_PASSWORD);
        ServiceProcess process = ServiceProcess.run("keycloak", command, env, logDir, home);
        LocalKeycloak keycloak = new LocalKeycloak(process, port);
        try {
            process.awaitReady(
                    keycloak.realmUrl() + "/.well-known/openid-configuration",
                    Duration.ofMinutes(3));
            return keycloak;
        } catch (RuntimeException | IOException | InterruptedException e) {
            keycloak.close();
            throw e;
        }
    }

    /** The realm with {@code mesUrl} among the redirect URIs and web origins of the MES client. */
    private static void writeRealmFor(Path realmFile, String mesUrl, Path target)
            throws IOException {
        var json = new com.fasterxml.jackson.databind.ObjectMapper();
        var realm = json.readTree(realmFile.toFile());
        for (var client : realm.path("clients")) {
            if (client.path("clientId").asText().equals(DemoLogins.CLIENT_ID)) {
                var redirects =
                        (com.fasterxml.jackson.databind.node.ArrayNode) client.path("redirectUris");
                redirects.add(mesUrl + "/*");
            }
        }
        json.writeValue(target.toFile(), realm);
    }

    /** The realm URL, which the MES takes as its OIDC server ({@code GIGAFAB_OIDC_URL}). */
    public String realmUrl() {
        return "http://localhost:" + port + "/realms/" + REALM;
    }

    public String tokenUrl() {
        return realmUrl() + "/protocol/openid-connect/token";
    }

    public int port() {
        return port;
    }

    @Override
    public void close() throws InterruptedException {
        process.close();
    }

    /**
     * The unpacked distribution: system property {@code gigafab.keycloak.dist}, or where the build
     * of {@code integration-tests} unpacks it.
     */
    static Path distribution() {
        Path root =
                Path.of(
                        System.getProperty(
                                "gigafab.keycloak.dist",
                                Repository.root()
                                        .resolve("integration-tests/target/keycloak-dist")
                                        .toString()));
        try (Stream<Path> dirs = Files.isDirectory(root) ? Files.list(root) : Stream.empty()) {
            return dirs.filter(d -> Files.isRegularFile(d.resolve("bin/kc.sh")))
                    .findFirst()
                    .orElseThrow(
                            () ->
                                    new IllegalStateException(
                                            "No Keycloak distribution under "
                                                    + root
                                                    + "; build it first: ./mvnw -pl"
                                                    + " integration-tests generate-resources"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A private copy per work folder, so runs never share Keycloak's data and build files. */
    private static Path install(Path home) throws IOException {
        if (Files.isRegularFile(home.resolve("bin/kc.sh"))) {
            return home;
        }
        Path source = distribution();
        Files.walkFileTree(
                source,
                new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs)
                            throws IOException {
                        Files.createDirectories(home.resolve(source.relativize(dir).toString()));
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs)
                            throws IOException {
                        Files.copy(
                                file,
                                home.resolve(source.relativize(file).toString()),
                                StandardCopyOption.COPY_ATTRIBUTES);
                        return FileVisitResult.CONTINUE;
                    }
                });
        return home;
    }
}
