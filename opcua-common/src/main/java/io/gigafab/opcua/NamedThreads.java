package io.gigafab.opcua;

import io.netty.channel.EventLoopGroup;
import io.netty.channel.nio.NioEventLoopGroup;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Threads a component owns instead of Milo's JVM-wide shared pools, so that closing it leaves no
 * thread behind: daemon threads named {@code <prefix>0}, {@code <prefix>1}, …, a Netty event loop
 * on them, and stopping both within {@link #TERMINATION_TIMEOUT}.
 */
public final class NamedThreads {

    /** How long stopping waits for an executor or an event loop before giving up on it. */
    public static final Duration TERMINATION_TIMEOUT = Duration.ofSeconds(5);

    private NamedThreads() {}

    /** Daemon threads named {@code prefix} plus a counter from 0. */
    public static ThreadFactory factory(String prefix) {
        var counter = new AtomicInteger();
        return runnable -> {
            var thread = new Thread(runnable, prefix + counter.getAndIncrement());
            thread.setDaemon(true);
            return thread;
        };
    }

    /** A Netty NIO event loop of {@code threads} threads named {@code prefix} plus a counter. */
    public static EventLoopGroup eventLoop(int threads, String prefix) {
        return new NioEventLoopGroup(threads, factory(prefix));
    }

    /**
     * Wait for an executor that was told to shut down; if it does not end within the timeout, or
     * the waiting thread is interrupted, interrupt its tasks (and keep the interrupt flag).
     */
    public static void awaitTermination(ExecutorService executor) {
        try {
            if (!executor.awaitTermination(TERMINATION_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    /** Stop an event loop at once (no quiet period) and wait up to the timeout for its threads. */
    public static void shutdown(EventLoopGroup eventLoop) {
        eventLoop
                .shutdownGracefully(0, TERMINATION_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)
                .awaitUninterruptibly(TERMINATION_TIMEOUT.toMillis());
    }
}
