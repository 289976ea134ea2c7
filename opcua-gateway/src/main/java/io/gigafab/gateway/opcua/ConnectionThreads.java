package io.gigafab.gateway.opcua;

import io.gigafab.opcua.NamedThreads;
import io.netty.channel.EventLoopGroup;
import io.netty.util.HashedWheelTimer;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.eclipse.milo.opcua.stack.transport.client.tcp.OpcTcpClientTransportConfigBuilder;

/**
 * The threads of one endpoint connection, instead of Milo's JVM-wide shared pools, so that closing
 * the connection leaves no thread behind ({@link NamedThreads}). All names start with {@code
 * gigafab-gateway-<endpoint>-}:
 *
 * <ul>
 *   <li>{@code milo-N}, {@code milo-scheduler-N}, {@code netty-N}, {@code timer}: what Milo's
 *       transport and client run on (data change delivery, keep-alives, reconnects);
 *   <li>{@code connection}: connecting, resolving machines, (re)creating subscriptions — one
 *       thread, so these never race each other;
 *   <li>{@code poll}: periodic reads of polled tags.
 * </ul>
 */
final class ConnectionThreads implements AutoCloseable {

    static final String PREFIX = "gigafab-gateway-";

    private final ExecutorService miloExecutor;
    private final ScheduledExecutorService miloScheduler;
    private final EventLoopGroup eventLoop;
    private final HashedWheelTimer wheelTimer;
    private final ScheduledExecutorService connection;
    private final ScheduledExecutorService poll;

    ConnectionThreads(String endpointName) {
        String prefix = PREFIX + endpointName + "-";
        // Milo's state machines may still hand over work while closing: drop it quietly then
        miloExecutor =
                new ThreadPoolExecutor(
                        0,
                        Integer.MAX_VALUE,
                        60,
                        TimeUnit.SECONDS,
                        new SynchronousQueue<>(),
                        NamedThreads.factory(prefix + "milo-"),
                        new ThreadPoolExecutor.DiscardPolicy());
        miloScheduler =
                new ScheduledThreadPoolExecutor(
                        1,
                        NamedThreads.factory(prefix + "milo-scheduler-"),
                        new ThreadPoolExecutor.DiscardPolicy());
        eventLoop = NamedThreads.eventLoop(1, prefix + "netty-");
        wheelTimer = new HashedWheelTimer(NamedThreads.factory(prefix + "timer-"));
        connection =
                Executors.newSingleThreadScheduledExecutor(
                        NamedThreads.factory(prefix + "connection-"));
        poll = Executors.newSingleThreadScheduledExecutor(NamedThreads.factory(prefix + "poll-"));
    }

    /** Let Milo's transport (and the discovery client) run on these threads. */
    void configure(OpcTcpClientTransportConfigBuilder transport) {
        transport
                .setExecutor(miloExecutor)
                .setScheduledExecutor(miloScheduler)
                .setEventLoop(eventLoop)
                .setWheelTimer(wheelTimer);
    }

    /** The single thread that connects, resolves and (re)creates subscriptions. */
    ScheduledExecutorService connection() {
        return connection;
    }

    /** The thread that schedules the reads of polled tags. */
    ScheduledExecutorService poll() {
        return poll;
    }

    /** Stop everything and wait for the threads to end. */
    @Override
    public void close() {
        connection.shutdownNow();
        poll.shutdownNow();
        miloScheduler.shutdownNow();
        miloExecutor.shutdown();
        NamedThreads.awaitTermination(connection);
        NamedThreads.awaitTermination(poll);
        NamedThreads.awaitTermination(miloScheduler);
        NamedThreads.awaitTermination(miloExecutor);
        NamedThreads.shutdown(eventLoop);
        wheelTimer.stop();
    }
}
