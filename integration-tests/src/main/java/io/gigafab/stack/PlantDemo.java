package io.gigafab.stack;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * {@code ./gigafab demo}: starts the plant-in-a-box, prints where to look and the DEMO ONLY logins,
 * activates the LFP-280P library recipes on line L1, books the simulated production in the MES
 * ({@link LineDriver}) and after a while runs the coating fault scenario ({@link
 * CoatingFaultScenario}: a dryer drift on COAT-C01 over a stretch of a mother roll, then the line
 * fast until the cells made from it are graded), printing the yield insights the MES receives and
 * what it did: the automatic hold of the roll interval and its cells, the DRAFT recipe version.
 * Ctrl-C stops everything.
 */
public final class PlantDemo {

    private static final PrintStream OUT = System.out;

    /**
     * The scenario's fast speed-up: the line driver books every cell at it, the grader shows each.
     */
    private static final double FAST_SPEED_UP = 40;

    /** How long the demo waits for the insight before it gives up and slows the line down. */
    private static final Duration INSIGHT_PATIENCE = Duration.ofMinutes(30);

    /** How long after the insight the demo looks once more for what the MES did. */
    private static final Duration LAST_LOOK = Duration.ofSeconds(10);

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
        // two threads: the fault scenario waits for minutes, the progress line still prints every
        // minute
        ScheduledExecutorService scenario = Executors.newScheduledThreadPool(2);
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
                        box.line(),
                        new MesClient(box.mesUrl(), box.logins().session("demo-operator")),
                        OUT);
        scenario.schedule(() -> runCoatingFault(box), faultAfter.toSeconds(), TimeUnit.SECONDS);
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
                "In "
                        + faultAfter.toMinutes()
                        + " min a coating fault (dryer drift on COAT-C01) spoils a stretch of a"
                        + " cathode roll; the line then runs at speed-up "
                        + (int) FAST_SPEED_UP
                        + " until the cells made from it are graded (a few minutes), the"
                        + " yield-analytics job finds them and the MES holds them by itself (UI:"
                        + " yield workbench). Ctrl-C stops everything.");
    }

    /** The coating fault scenario, on the scenario thread; failures are printed, not thrown. */
    private static void runCoatingFault(PlantInABox box) {
        SimulatorControl simulator = new SimulatorControl(box.simulatorControlUrl());
        CoatingFaultScenario scenario =
                new CoatingFaultScenario(simulator, OUT, FAST_SPEED_UP, 12, 2);
        try {
            pollUntil(
                    () -> scenario.step() == CoatingFaultScenario.Phase.FAST_FORWARD,
                    Duration.ofMillis(250),
                    Instant.MAX);
            if (!box.analyticsRunning()) {
                OUT.println("  yield-analytics is not built: no insight will come.");
                return;
            }
            MesClient engineer = new MesClient(box.mesUrl(), box.logins().session("demo-engineer"));
            InsightFeed feed = new InsightFeed(engineer, OUT);
            Instant deadline = Instant.now().plus(INSIGHT_PATIENCE);
            String roll = scenario.faultyRoll();
            pollUntil(
                    () -> CoatingFaultScenario.gradedCells(engineer, roll) >= 45,
                    Duration.ofSeconds(2),
                    deadline);
            scenario.finish();
            pollUntil(() -> feed.follow(roll), Duration.ofSeconds(5), deadline);
            // one more look a little later: holds the MES placed after the insight came
            Thread.sleep(LAST_LOOK.toMillis());
            feed.follow(roll);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            OUT.println("  the fault scenario stopped: " + e.getMessage());
        } finally {
            scenario.finish();
        }
    }

    /**
     * Checks {@code done} every {@code every} until it holds or {@code deadline} has passed (the
     * demo's scenario thread has nothing else to do meanwhile); whether it held.
     */
    private static boolean pollUntil(BooleanSupplier done, Duration every, Instant deadline)
            throws InterruptedException {
        while (!done.getAsBoolean()) {
            if (!Instant.now().isBefore(deadline)) {
                return false;
            }
            Thread.sleep(every.toMillis());
        }
        return true;
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
