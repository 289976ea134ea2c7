package io.gigafab.stack;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * {@code ./gigafab demo}: starts the plant-in-a-box, prints where to look and the DEMO ONLY logins,
 * activates the LFP-280P library recipes on line L1, books the simulated production in the MES
 * ({@link LineDriver}) and after a while injects a coating fault (a dryer drift on COAT-C01).
 * Ctrl-C stops everything.
 */
public final class PlantDemo {

    private static final PrintStream OUT = System.out;

    private PlantDemo() {}

    public static void main(String[] args) throws Exception {
        Path work =
                Path.of(
                        System.getProperty(
                                "gigafab.work",
                                Repository.root()
                                        .resolve("integration-tests/target/plant-in-a-box")
                                        .toString()));
        Duration faultAfter =
                Duration.ofMinutes(
                        Long.parseLong(setting("GIGAFAB_DEMO_FAULT_AFTER_MINUTES", "4")));
        PlantInABox box;
        try {
            box = PlantInABox.start(work, StackPorts.configured(), OUT);
        } catch (PlantInABox.PortTaken e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        } catch (Exception e) {
            System.err.println("The plant-in-a-box did not start: " + e.getMessage());
            System.err.println("Logs: " + work.resolve("logs"));
            System.exit(1);
            return;
        }
        ScheduledExecutorService scenario = Executors.newSingleThreadScheduledExecutor();
        LineDriver[] driver = new LineDriver[1];
        Runtime.getRuntime()
                .addShutdownHook(
                        new Thread(
                                () -> {
                                    OUT.println("Stopping the plant-in-a-box …");
                                    scenario.shutdownNow();
                                    closeQuietly(driver[0]);
                                    box.close();
                                    OUT.println("Stopped.");
                                }));
        printWelcome(box, work, faultAfter);
        LibraryRecipes.activateOnLine1(box.mesAs("demo-engineer"));
        OUT.println("Activated the approved LFP-280P library recipes on the machines of L1.");
        driver[0] =
                LineDriver.start(
                        box.kafka().bootstrapServers(),
                        new MesClient(box.mesUrl(), box.logins().session("demo-operator")),
                        OUT);
        scenario.schedule(() -> injectCoatingFault(box), faultAfter.toSeconds(), TimeUnit.SECONDS);
        scenario.scheduleAtFixedRate(
                () ->
                        OUT.printf(
                                "  line driver: %d cells booked in the MES so far%n",
                                driver[0].cellsTracked()),
                1,
                1,
                TimeUnit.MINUTES);
        new CountDownLatch(1).await();
    }

    private static void printWelcome(PlantInABox box, Path work, Duration faultAfter) {
        OUT.println();
        OUT.println("Gigafab plant-in-a-box is running.");
        OUT.println("  MES and UI:        " + box.mesUrl() + "/");
        OUT.println("  API (Swagger UI):  " + box.mesUrl() + "/q/swagger-ui");
        OUT.println(
                "  Keycloak:          http://localhost:"
                        + box.keycloak().port()
                        + "/admin  ("
                        + LocalKeycloak.DEMO_ADMIN_USER
                        + " / "
                        + LocalKeycloak.DEMO_ADMIN_PASSWORD
                        + ", DEMO ONLY)");
        OUT.println("  Simulator control: " + box.simulatorControlUrl() + "/status");
        OUT.println("  Logs:              " + work.resolve("logs"));
        OUT.println(
                "  yield-analytics:   "
                        + (box.analyticsRunning() ? "running" : "not built yet (slot empty)"));
        OUT.println();
        OUT.println(
                "DEMO ONLY logins (password '"
                        + DemoLogins.DEMO_PASSWORD
                        + "'), never for a real plant:");
        DemoLogins.USERS.forEach(
                u -> OUT.printf("  %-18s %-9s lines: %s%n", u.username(), u.role(), u.lines()));
        OUT.println();
        OUT.println(
                "A coating fault (dryer drift on COAT-C01) will be injected in "
                        + faultAfter.toMinutes()
                        + " min. Ctrl-C stops everything.");
    }

    private static void injectCoatingFault(PlantInABox box) {
        MesClient control = new MesClient(box.simulatorControlUrl(), (String) null);
        MesClient.Answer answer =
                control.post(
                        "/faults",
                        Map.of(
                                "kind",
                                "DRYER_DRIFT",
                                "equipmentId",
                                "COAT-C01",
                                "magnitude",
                                12,
                                "durationMinutes",
                                30));
        OUT.println("Injected a coating fault: " + answer.status() + " " + answer.body());
    }

    private static String setting(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            if (closeable != null) {
                closeable.close();
            }
        } catch (Exception ignored) {
            // shutting down anyway
        }
    }
}
