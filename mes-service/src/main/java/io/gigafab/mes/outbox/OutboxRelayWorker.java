package io.gigafab.mes.outbox;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Runs the {@link OutboxRelay} on its own thread {@value #THREAD_NAME} while this replica holds the
 * relay lock: batch after batch, a short pause when the outbox is empty, exponential back-off after
 * failures. Request threads never wait for it, and the service starts and serves while Kafka is
 * down. Metrics: {@code gigafab.outbox.backlog}, {@code gigafab.outbox.relayed}, {@code
 * gigafab.outbox.failures}.
 */
@ApplicationScoped
public class OutboxRelayWorker {

    static final String THREAD_NAME = "gigafab-outbox-relay";

    private static final Logger LOG = Logger.getLogger(OutboxRelayWorker.class);
    private static final long BACKLOG_REFRESH_NANOS = TimeUnit.SECONDS.toNanos(1);

    private final OutboxConfig config;
    private final RelaySettings settings;
    private final AgroalDataSource dataSource;
    private final OutboxTable table;
    private final AtomicLong backlog = new AtomicLong();
    private final Counter relayed;
    private final Counter failures;
    private Thread thread;
    private CountDownLatch stopSignal;

    public OutboxRelayWorker(
            OutboxConfig config,
            @ConfigProperty(name = "gigafab.kafka.bootstrap-servers") String bootstrapServers,
            AgroalDataSource dataSource,
            MeterRegistry registry) {
        this.config = config;
        this.settings =
                new RelaySettings(
                        bootstrapServers,
                        config.transactionalId(),
                        config.batchSize(),
                        config.kafkaTimeout());
        this.dataSource = dataSource;
        this.table = new OutboxTable(dataSource);
        Gauge.builder("gigafab.outbox.backlog", backlog, AtomicLong::get)
                .description("Outbox messages waiting for the relay")
                .register(registry);
        this.relayed = registry.counter("gigafab.outbox.relayed");
        this.failures = registry.counter("gigafab.outbox.failures");
    }

    void onStart(@Observes StartupEvent event) {
        if (config.enabled()) {
            start();
        }
    }

    void onStop(@Observes ShutdownEvent event) {
        stop();
    }

    /** Starts the relay thread (no-op if it runs). */
    synchronized void start() {
        if (thread != null) {
            return;
        }
        CountDownLatch signal = new CountDownLatch(1);
        stopSignal = signal;
        thread = new Thread(() -> run(signal), THREAD_NAME);
        thread.setDaemon(true);
        thread.start();
    }

    /** Stops the relay thread after its current batch and gives up the relay lock. */
    synchronized void stop() {
        if (thread == null) {
            return;
        }
        stopSignal.countDown();
        try {
            thread.join(3 * config.kafkaTimeout().toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        thread = null;
    }

    private void run(CountDownLatch signal) {
        RelayCycle cycle = new RelayCycle(new RelayLeadership(dataSource));
        try {
            Duration pause = Duration.ZERO;
            while (!signal.await(pause.toMillis(), TimeUnit.MILLISECONDS)) {
                pause = cycle.next();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            cycle.close();
        }
    }

    /** The state of the relay thread: leadership, the current relay and the back-off. */
    private final class RelayCycle implements AutoCloseable {
        private final RelayLeadership leadership;
        private OutboxRelay relay;
        private Duration backoff = config.backoffInitial();
        private long backlogCountedAt = System.nanoTime() - BACKLOG_REFRESH_NANOS;

        RelayCycle(RelayLeadership leadership) {
            this.leadership = leadership;
        }

        /** One step; returns the pause before the next. */
        Duration next() {
            try {
                countBacklog();
                if (!leadership.held()) {
                    closeRelay(); // a new leadership starts with a fresh relay, which reconciles
                    if (!leadership.tryAcquire()) {
                        return config.standbyInterval();
                    }
                }
                if (relay == null) {
                    relay = new OutboxRelay(settings, dataSource);
                    LOG.infof("This replica relays the outbox to %s", settings.bootstrapServers());
                }
                int sent = relay.relayBatch();
                relayed.increment(sent);
                backoff = config.backoffInitial();
                return sent == settings.batchSize() ? Duration.ZERO : config.pollInterval();
            } catch (RuntimeException e) {
                failures.increment();
                Duration pause = backoff;
                backoff = min(backoff.multipliedBy(2), config.backoffMax());
                LOG.warnf("Outbox relay failed, retrying in %s: %s", pause, e.toString());
                return pause;
            }
        }

        private void countBacklog() {
            long now = System.nanoTime();
            if (now - backlogCountedAt >= BACKLOG_REFRESH_NANOS) {
                backlogCountedAt = now;
                backlog.set(table.backlog());
            }
        }

        private void closeRelay() {
            if (relay != null) {
                relay.close();
                relay = null;
            }
        }

        @Override
        public void close() {
            try {
                closeRelay();
            } catch (RuntimeException e) {
                LOG.debugf("Closing the outbox relay: %s", e.getMessage());
            } finally {
                leadership.close();
            }
        }

        private static Duration min(Duration a, Duration b) {
            return a.compareTo(b) <= 0 ? a : b;
        }
    }
}
