package io.gigafab.opcua;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class NamedThreadsTest {

    @Test
    void threadsAreDaemonsNamedByPrefixAndCounter() {
        var factory = NamedThreads.factory("gigafab-test-milo-");

        Thread first = factory.newThread(() -> {});
        Thread second = factory.newThread(() -> {});

        assertThat(first.getName()).isEqualTo("gigafab-test-milo-0");
        assertThat(second.getName()).isEqualTo("gigafab-test-milo-1");
        assertThat(first.isDaemon()).isTrue();
        assertThat(second.isDaemon()).isTrue();
    }

    @Test
    void theEventLoopRunsOnNamedThreadsAndStops() throws Exception {
        var eventLoop = NamedThreads.eventLoop(1, "gigafab-test-netty-");
        var threadName = new CompletableFuture<String>();
        eventLoop.execute(() -> threadName.complete(Thread.currentThread().getName()));

        assertThat(threadName.get(10, TimeUnit.SECONDS)).isEqualTo("gigafab-test-netty-0");

        NamedThreads.shutdown(eventLoop);
        assertThat(eventLoop.isTerminated()).isTrue();
    }

    @Test
    void awaitTerminationWaitsForRunningTasksToFinish() throws Exception {
        var finished = new CountDownLatch(1);
        ExecutorService executor =
                shutDownWhileRunning(
                        () -> {
                            sleepQuietly(200);
                            finished.countDown();
                        });

        NamedThreads.awaitTermination(executor);

        assertThat(executor.isTerminated()).isTrue();
        assertThat(finished.getCount()).isZero();
    }

    @Test
    void anInterruptedCallerStopsTheTasksAndKeepsItsInterrupt() throws Exception {
        var interrupted = new CountDownLatch(1);
        ExecutorService executor = shutDownWhileRunning(() -> waitForInterrupt(interrupted));

        Thread.currentThread().interrupt();
        NamedThreads.awaitTermination(executor);

        assertThat(Thread.interrupted()).isTrue();
        assertThat(interrupted.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(executor.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
    }

    /** An executor told to shut down while {@code task} runs on it. */
    private static ExecutorService shutDownWhileRunning(Runnable task) throws InterruptedException {
        ExecutorService executor =
                Executors.newSingleThreadExecutor(NamedThreads.factory("gigafab-test-"));
        var started = new CountDownLatch(1);
        executor.execute(
                () -> {
                    started.countDown();
                    task.run();
                });
        started.await();
        executor.shutdown();
        return executor;
    }

    private static void waitForInterrupt(CountDownLatch interrupted) {
        try {
            new CountDownLatch(1).await();
        } catch (InterruptedException e) {
            interrupted.countDown();
        }
    }

    private static void sleepQuietly(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
