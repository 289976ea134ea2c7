package io.gigafab.stack;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the Gigafab repository is: the service jars, configs and the realm are found from here. */
public final class Repository {

    private Repository() {}

    /**
     * The repository root: system property {@code gigafab.root}, else the first folder upwards from
     * the working directory that holds {@code mvnw} and {@code integration-tests}.
     */
    public static Path root() {
        String configured = System.getProperty("gigafab.root");
        if (configured != null) {
            return Path.of(configured).toAbsolutePath().normalize();
        }
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            if (Files.isRegularFile(dir.resolve("mvnw"))
                    && Files.isDirectory(dir.resolve("integration-tests"))) {
                return dir;
            }
            dir = dir.getParent();
        }
        throw new IllegalStateException(
                "Run from inside the Gigafab repository, or set -Dgigafab.root=<repository>");
    }

    /** The runnable jar of a service module, e.g. {@code line-simulator}. */
    public static Path serviceJar(String module) {
        return root().resolve(module + "/target/gigafab-" + module + "-0.1.0-SNAPSHOT.jar");
    }

    /** The Keycloak realm of the Helm chart, the single copy of it. */
    public static Path realm() {
        return root().resolve("helm/gigafab/files/gigafab-realm.json");
    }
}
