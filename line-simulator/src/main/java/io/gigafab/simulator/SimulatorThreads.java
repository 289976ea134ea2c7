package io.gigafab.simulator;

import io.gigafab.opcua.NamedThreads;
import io.netty.channel.EventLoopGroup;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The threads one {@link EquipmentServer} owns, instead of Milo's JVM-wide shared pools, so that
 * closing the server leaves no thread of it behind ({@link NamedThreads}). All thread names start
 * with {@link #PREFIX}.
 */
final class SimulatorThreads implements AutoCloseable {

    static final String PREFIX = "gigafab-sim-";

    private final ExecutorService miloExecutor =
            Executors.newCachedThreadPool(NamedThreads.factory(PREFIX + "milo-"));
    private final ScheduledExecutorService miloScheduler =
            Executors.newScheduledThreadPool(2, NamedThreads.factory(PREFIX + "milo-scheduler-"));
    private final EventLoopGroup eventLoop = NamedThreads.eventLoop(2, PREFIX + "netty-");
    private final ScheduledExecutorService ticker =
            Executors.newSingleThreadScheduledExecutor(NamedThreads.factory(PREFIX + "tick-"));

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
        NamedThreads.awaitTermination(ticker);
    }

    /** Stop everything and wait for the threads to end. */
    @Override
    public void close() {
        stopTicking();
        miloScheduler.shutdownNow();
        miloExecutor.shutdown();
        NamedThreads.awaitTermination(miloScheduler);
        NamedThreads.awaitTermination(miloExecutor);
        NamedThreads.shutdown(eventLoop);
    }
}
