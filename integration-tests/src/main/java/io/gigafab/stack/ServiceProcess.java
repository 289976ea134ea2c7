package io.gigafab.stack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * One Gigafab service running as its own JVM, as in production: {@code java -jar} of the module's
 * runnable jar, output to a log file, readiness checked over HTTP before the next one starts.
 */
public final class ServiceProcess implements AutoCloseable {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String name;
    private final Process process;
    private final Path log;

    private ServiceProcess(String name, Process process, Path log) {
        this.name = name;
        this.process = process;
        this.log = log;
    }

    /**
     * Start {@code java -jar jar args…} with extra environment, logging to {@code logDir/name.log}.
     */
    public static ServiceProcess start(
            String name, Path jar, List<String> args, Map<String, String> env, Path logDir)
            throws IOException {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(
                    name
                            + ": "
                            + jar
                            + " is missing; build it first (./mvnw -B install -DskipTests)");
        }
        List<String> command =
                new ArrayList<>(List.of(javaExecutable(), "-Xmx512m", "-jar", jar.toString()));
        command.addAll(args);
        return run(name, command, env, logDir, null);
    }

    /**
     * Start any command (e.g. a server's own start script) in {@code workingDir} (null = the
     * current one), logging to {@code logDir/name.log}.
     */
    public static ServiceProcess run(
            String name,
            List<String> command,
            Map<String, String> env,
            Path logDir,
            Path workingDir)
            throws IOException {
        Files.createDirectories(logDir);
        Path log = logDir.resolve(name + ".log");
        ProcessBuilder builder =
                new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        if (workingDir != null) {
            builder.directory(workingDir.toFile());
        }
        builder.environment().putAll(env);
        return new ServiceProcess(name, builder.start(), log);
    }

    /** Wait until {@code url} answers 200, failing early with the log if the process died. */
    public ServiceProcess awaitReady(String url, Duration timeout)
            throws IOException, InterruptedException {
        return awaitReady(url, body -> true, timeout);
    }

    /**
     * Wait until {@code url} answers 200 with a body that {@code ready} accepts, failing early with
     * the log if the process died.
     */
    public ServiceProcess awaitReady(String url, Predicate<String> ready, Duration timeout)
            throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        String last = "no answer";
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(
                        name + " exited with " + process.exitValue() + ":\n" + tail());
            }
            try {
                HttpResponse<String> response =
                        HTTP.send(
                                HttpRequest.newBuilder(URI.create(url))
                                        .timeout(Duration.ofSeconds(10))
                                        .build(),
                                HttpResponse.BodyHandlers.ofString());
                last = response.statusCode() + " " + response.body();
                if (response.statusCode() == 200 && ready.test(response.body())) {
                    return this;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException(
                name
                        + " not ready at "
                        + url
                        + " within "
                        + timeout
                        + " (last answer: "
                        + last
                        + "):\n"
                        + tail());
    }

    public Path log() {
        return log;
    }

    /** The last lines of the log, for failure messages. */
    public String tail() throws IOException {
        List<String> lines = Files.exists(log) ? Files.readAllLines(log) : List.of();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    @Override
    public String toString() {
        return name;
    }

    public String name() {
        return name;
    }

    public boolean alive() {
        return process.isAlive();
    }

    /**
     * Stop with SIGTERM (the service's shutdown hook closes it cleanly), then kill if it hangs;
     * children a start script left behind go the same way.
     */
    @Override
    public void close() throws InterruptedException {
        List<ProcessHandle> children = process.descendants().toList();
        process.destroy();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
        }
        children.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
    }

    static String javaHome() {
        return System.getProperty("java.home");
    }

    private static String javaExecutable() {
        return Path.of(javaHome(), "bin", "java").toString();
    }
}
