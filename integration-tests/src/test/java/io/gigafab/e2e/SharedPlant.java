package io.gigafab.e2e;

import io.gigafab.stack.LibraryRecipes;
import io.gigafab.stack.LineDriver;
import io.gigafab.stack.MesClient;
import io.gigafab.stack.PlantInABox;
import io.gigafab.stack.StackPorts;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One plant-in-a-box for all end-to-end test classes of a test run (free ports, so a demo on the
 * same machine does not collide): started by the first class that needs it, the L1 library recipes
 * activated, and stopped at the end of the run through JUnit's root store — also when a test fails,
 * so no service JVM outlives the run.
 */
final class SharedPlant {

    private SharedPlant() {}

    static synchronized PlantInABox get(ExtensionContext context) {
        return context.getRoot()
                .getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent("plant-in-a-box", key -> new Running(start()), Running.class)
                .plant;
    }

    /**
     * The demo's line driver booking the simulated production in the shared plant as demo-operator:
     * one per run (two would book the same units twice), stopped before the plant.
     */
    static synchronized LineDriver lineDriver(ExtensionContext context) {
        PlantInABox plant = get(context);
        return context.getRoot()
                .getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(
                        "line-driver",
                        key ->
                                new Driving(
                                        LineDriver.start(
                                                plant.kafka().bootstrapServers(),
                                                plant.line(),
                                                new MesClient(
                                                        plant.mesUrl(),
                                                        plant.logins().session("demo-operator")),
                                                System.out)),
                        Driving.class)
                .driver;
    }

    private static PlantInABox start() {
        try {
            Path work = Files.createTempDirectory(Path.of("target"), "plant-e2e-");
            PlantInABox plant = PlantInABox.start(work, StackPorts.free(), System.out);
            try {
                LibraryRecipes.activateOnLine1(plant.mesAs("demo-engineer"));
            } catch (RuntimeException e) {
                plant.close();
                throw e;
            }
            return plant;
        } catch (Exception e) {
            throw new IllegalStateException(
                    "The plant-in-a-box did not start: " + e.getMessage(), e);
        }
    }

    /** Closed by JUnit when the root context closes, at the end of the run. */
    private record Running(PlantInABox plant) implements ExtensionContext.Store.CloseableResource {
        @Override
        public void close() {
            plant.close();
        }
    }

    /** Closed by JUnit before the plant (the root store closes in reverse order of creation). */
    private record Driving(LineDriver driver) implements ExtensionContext.Store.CloseableResource {
        @Override
        public void close() throws InterruptedException {
            driver.close();
        }
    }
}
