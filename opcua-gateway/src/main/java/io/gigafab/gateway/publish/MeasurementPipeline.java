package io.gigafab.gateway.publish;

import io.gigafab.events.EquipmentRef;
import io.gigafab.events.equipment.EquipmentEvent;
import io.gigafab.events.measurement.MeasurementBatch;
import io.gigafab.events.measurement.Sample;
import io.gigafab.gateway.EquipmentEventSink;
import io.gigafab.gateway.GatewayMetrics;
import io.gigafab.gateway.MeasurementSink;
import io.gigafab.gateway.config.BatchSettings;
import io.gigafab.gateway.config.BufferSettings;
import io.gigafab.gateway.config.KafkaSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The publishing half of the gateway: takes samples and equipment events from the OPC UA side,
 * batches samples per machine into {@code MeasurementBatch}es and publishes them and the events to
 * Kafka, keyed by equipment id — through the {@link DiskBuffer} while Kafka is away.
 *
 * <p>{@link #offer} only puts the value into a bounded lock-free queue and returns; a full queue
 * drops the value and counts it. One batcher thread empties the queue; a drain thread sends what is
 * on disk. {@link #close} stops both and flushes: what Kafka does not acknowledge in time is on
 * disk for the next start.
 */
public final class MeasurementPipeline
        implements MeasurementSink, EquipmentEventSink, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(MeasurementPipeline.class);
    private static final long IDLE_PARK_NANOS = 1_000_000;
    private static final long DROP_LOG_INTERVAL_NANOS = 10_000_000_000L;
    private static final int TAKE_PER_ROUND = 10_000;

    private record QueuedSample(EquipmentRef equipment, Sample sample) {}

    private final HandOffQueue<Object> queue;
    private final MeasurementBatcher batcher;
    private final PublishMetrics metrics;
    private final DiskBuffer disk;
    private final KafkaPublisher publisher;
    private final StoreAndForward route;
    private final DiskDrain drain;
    private final Duration closeTimeout;
    private final Thread batcherThread;
    private final Thread drainThread;
    private final AtomicLong lastDropLog =
            new AtomicLong(System.nanoTime() - DROP_LOG_INTERVAL_NANOS);
    private volatile boolean accepting = true;
    private volatile boolean running = true;
    private boolean closed;

    public MeasurementPipeline(
            KafkaSettings kafka,
            BufferSettings buffer,
            BatchSettings batching,
            GatewayMetrics metrics) {
        this(kafka, buffer, batching, DeliverySettings.defaults(), metrics);
    }

    /**
     * Opens the disk buffer (what an earlier run left there is sent first) and the Kafka producer;
     * {@link #start} starts the threads. Close it even if it was never started.
     *
     * @throws UncheckedIOException if the buffer directory cannot be used
     * @throws IllegalStateException if another gateway uses the buffer directory
     * @throws org.apache.kafka.common.KafkaException if the Kafka settings are invalid
     */
    public MeasurementPipeline(
            KafkaSettings kafka,
            BufferSettings buffer,
            BatchSettings batching,
            DeliverySettings delivery,
            GatewayMetrics gatewayMetrics) {
        this.metrics = new PublishMetrics(gatewayMetrics);
        this.queue = new HandOffQueue<>(buffer.memorySamples());
        this.batcher = new MeasurementBatcher(batching, Clock.systemUTC(), this::publish);
        this.disk = openDisk(buffer);
        this.publisher = openPublisher(kafka, delivery, disk);
        this.route = new StoreAndForward(publisher, disk, metrics, delivery.inFlightBytes());
        this.drain = new DiskDrain(route, disk, publisher, metrics, delivery);
        this.closeTimeout =
                Duration.ofSeconds(10).compareTo(delivery.deliveryTimeout()) < 0
                        ? Duration.ofSeconds(10)
                        : delivery.deliveryTimeout();
        this.batcherThread = new Thread(this::runBatcher, "gigafab-gateway-batcher");
        this.drainThread = new Thread(drain, "gigafab-gateway-buffer-drain");
        batcherThread.setDaemon(true);
        drainThread.setDaemon(true);
        metrics.gauge(PublishMetrics.QUEUE_DEPTH, queue::size);
        metrics.gauge(PublishMetrics.BUFFER_BYTES, disk::pendingBytes);
        metrics.gauge(PublishMetrics.BUFFER_BATCHES, disk::pendingRecords);
        metrics.gauge(PublishMetrics.BUFFER_CAPACITY, disk::capacity);
        metrics.gauge(PublishMetrics.BUFFER_FULL, () -> route.diskFull() ? 1 : 0);
        metrics.gauge(PublishMetrics.BUFFERING, () -> route.buffering() ? 1 : 0);
    }

    public synchronized void start() {
        if (!closed && !batcherThread.isAlive()) {
            batcherThread.start();
            drainThread.start();
        }
    }

    /** Queues one sample; never blocks. A full queue drops it (counted, logged every 10 s). */
    @Override
    public void offer(EquipmentRef equipment, Sample sample) {
        Objects.requireNonNull(equipment, "equipment");
        Objects.requireNonNull(sample, "sample");
        if (!accepting) {
            metrics.samplesDropped(PublishMetrics.STOPPED, 1);
        } else if (!queue.offer(new QueuedSample(equipment, sample))) {
            metrics.samplesDropped(PublishMetrics.QUEUE_FULL, 1);
            warnQueueFull();
        }
    }

    /** Queues one equipment event; never blocks. */
    @Override
    public void offer(EquipmentEvent event) {
        Objects.requireNonNull(event, "event");
        if (!accepting) {
            metrics.eventsDropped(PublishMetrics.STOPPED);
        } else if (!queue.offer(event)) {
            metrics.eventsDropped(PublishMetrics.QUEUE_FULL);
            warnQueueFull();
        }
    }

    /** True from {@link #start} to {@link #close} while the batcher and drain threads are alive. */
    public boolean running() {
        return running && batcherThread.isAlive() && drainThread.isAlive();
    }

    /** True while new batches go to the disk buffer instead of straight to Kafka. */
    public boolean buffering() {
        return route.buffering();
    }

    /**
     * Stops taking values, publishes what is queued and waits (at most 10 s, or the delivery
     * timeout if shorter) for Kafka's acknowledgements; the rest stays on disk for the next start.
     */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        accepting = false;
        running = false;
        join(batcherThread);
        dropLeftovers();
        drain.stop();
        publisher.close(closeTimeout);
        join(drainThread);
        route.storeUnanswered();
        try {
            disk.close();
        } catch (IOException e) {
            log.warn("Disk buffer {}: close failed: {}", disk.directory(), e.toString());
        }
    }

    private void runBatcher() {
        while (running) {
            if (takeQueued() == 0) {
                LockSupport.parkNanos(IDLE_PARK_NANOS);
            }
            batcher.closeDue(System.nanoTime());
        }
        while (takeQueued() > 0) {
            // what was accepted before close is still published
        }
        batcher.closeAll();
    }

    private int takeQueued() {
        long now = System.nanoTime();
        int taken = 0;
        for (Object item = queue.poll(); item != null; item = queue.poll()) {
            take(item, now);
            if (++taken == TAKE_PER_ROUND) {
                break;
            }
        }
        return taken;
    }

    private void take(Object item, long now) {
        try {
            if (item instanceof QueuedSample queued) {
                batcher.add(queued.equipment(), queued.sample(), now);
            } else {
                route.forward(OutboundMessage.of((EquipmentEvent) item));
            }
        } catch (RuntimeException e) {
            log.error("Cannot publish {}", item, e);
            if (item instanceof EquipmentEvent) {
                metrics.eventsDropped(PublishMetrics.REJECTED);
            }
        }
    }

    private void publish(MeasurementBatch batch) {
        metrics.valuesTaken(batch.equipment().equipmentId(), batch.samples().size());
        try {
            route.forward(OutboundMessage.of(batch));
        } catch (RuntimeException e) {
            log.error("Cannot publish a batch of {}", batch.equipment().equipmentId(), e);
            metrics.samplesDropped(PublishMetrics.REJECTED, batch.samples().size());
        }
    }

    private void dropLeftovers() {
        for (Object item = queue.poll(); item != null; item = queue.poll()) {
            if (item instanceof QueuedSample) {
                metrics.samplesDropped(PublishMetrics.STOPPED, 1);
            } else {
                metrics.eventsDropped(PublishMetrics.STOPPED);
            }
        }
    }

    private void warnQueueFull() {
        long now = System.nanoTime();
        long last = lastDropLog.get();
        if (now - last >= DROP_LOG_INTERVAL_NANOS && lastDropLog.compareAndSet(last, now)) {
            log.warn(
                    "Memory queue full ({} values): dropping values; {} samples dropped so far",
                    queue.capacity(),
                    metrics.count(PublishMetrics.SAMPLES_DROPPED, "reason=\"queue_full\""));
        }
    }

    private void join(Thread thread) {
        try {
            thread.join(closeTimeout.toMillis() + 5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (thread.isAlive()) {
            log.warn("{} did not stop in time", thread.getName());
        }
    }

    /** The producer is created at once, so a bad Kafka setting fails here, not at every batch. */
    private static KafkaPublisher openPublisher(
            KafkaSettings kafka, DeliverySettings delivery, DiskBuffer disk) {
        KafkaPublisher publisher = new KafkaPublisher(kafka, delivery);
        try {
            publisher.producer();
            return publisher;
        } catch (RuntimeException e) {
            try {
                disk.close();
            } catch (IOException closing) {
                e.addSuppressed(closing);
            }
            throw e;
        }
    }

    private static DiskBuffer openDisk(BufferSettings buffer) {
        try {
            return DiskBuffer.open(buffer.directory(), buffer.maxBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open disk buffer " + buffer.directory(), e);
        }
    }
}
