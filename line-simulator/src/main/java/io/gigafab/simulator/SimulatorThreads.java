package io.gigafab.simulator;

import io.netty.channel.EventLoopGroup;
import io.netty.channel.nio.NioEventLoopGroup;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The threads one {@link EquipmentServer} owns, instead of Milo's JVM-wide shared pools, so that
 * closing the server leaves no thread of it behind. All thread names start with {@link #PREFIX}.
 */
final class SimulatorThreads implements AutoCloseable {

    static final String PREFIX = "gigafab-sim-";

    private static final Duration TERMINATION_TIMEOUT = Duration.ofSeconds(5);

    private final ExecutorService miloExecutor =
            Executors.newCachedThreadPool(named(PREFIX + "milo-"));
    private final ScheduledExecutorService miloScheduler =
            Executors.newScheduledThreadPool(2, named(PREFIX + "milo-scheduler-"));
    private final EventLoopGroup eventLoop = new NioEventLoopGroup(2, named(PREFIX + "netty-"));
    private final ScheduledExecutorService ticker =
            Executors.newSingleThreadScheduledExecutor(named(PREFIX + "tick-"));

    ExecutorService miloExecutor() {
        return miloExecutor;
    }

    ScheduledExecutorService miloScheduler() {
        return miloScheduler;
    }

    EventLoopGroup eventLoop() {
        return eventLoop;
    }

    /** Run {@code tick} every {@code interval}, starting after one interval. */
    void everyTick(Duration interval, Runnable tick) {
        ticker.scheduleAtFixedRate(
                tick, interval.toNanos(), interval.toNanos(), TimeUnit.NANOSECONDS);
    }

    /** Stop ticking; the simulation no longer changes after this returns. */
    void stopTicking() {
        ticker.shutdownNow();
        awaitTermination(ticker);
    }

    /** Stop everything and wait for the threads to end. */
    @Override
    public void close() {
        stopTicking();
        miloScheduler.shutdownNow();
        miloExecutor.shutdown();
        awaitTermination(miloScheduler);
        awaitTermination(miloExecutor);
        eventLoop
                .shutdownGracefully(0, TERMINATION_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)
                .awaitUninterruptibly(TERMINATION_TIMEOUT.toMillis());
    }

    private static void awaitTermination(ExecutorService executor) {
        try {
            if (!executor.awaitTermination(TERMINATION_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    private static ThreadFactory named(String prefix) {
        var counter = new AtomicInteger();
        return runnable -> {
            var thread = new Thread(runnable, prefix + counter.getAndIncrement());
            thread.setDaemon(true);
            return thread;
        };
    }
}
