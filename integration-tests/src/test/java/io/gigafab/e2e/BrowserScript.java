package io.gigafab.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.gigafab.stack.DemoLogins;
import io.gigafab.stack.PlantInABox;
import io.gigafab.stack.Repository;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs one of ui-web's browser scripts (ui-web/e2e/*.mjs: Debian's chromium driven by
 * playwright-core with the machine's node) against the plant-in-a-box and checks that it ended
 * well; its log and screenshots go to integration-tests/target/screenshots.
 */
final class BrowserScript {

    static final Path SCREENSHOTS =
            Repository.root().resolve("integration-tests/target/screenshots");

    private BrowserScript() {}

    /** The script's output; fails the test when it did not end within 6 minutes or failed. */
    static String run(String script, PlantInABox plant, Map<String, String> env) throws Exception {
        Files.createDirectories(SCREENSHOTS);
        Path log = SCREENSHOTS.resolve(script.replace(".mjs", ".log"));
        ProcessBuilder node =
                new ProcessBuilder("node", "e2e/" + script)
                        .directory(Repository.root().resolve("ui-web").toFile())
                        .redirectErrorStream(true)
                        .redirectOutput(log.toFile());
        node.environment().put("BASE_URL", plant.mesUrl() + "/");
        node.environment().put("SCREENSHOTS", SCREENSHOTS.toString());
        node.environment().put("DEMO_PASSWORD", DemoLogins.DEMO_PASSWORD);
        env.forEach(node.environment()::put);
        Process process = node.start();
        boolean ended = process.waitFor(6, TimeUnit.MINUTES);
        if (!ended) {
            process.destroyForcibly();
        }
        String output = Files.readString(log);
        assertThat(ended).as("%s ended in time; log:%n%s", script, output).isTrue();
        assertThat(process.exitValue()).as("%s log:%n%s", script, output).isZero();
        return output;
    }
}
