package io.gigafab.gateway.publish;

import io.gigafab.gateway.publish.DiskBuffer.BufferedMessage;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.producer.Producer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends what the disk buffer holds to Kafka, oldest first, and deletes it once acknowledged. While
 * Kafka is away it probes with one record every {@code probeInterval}; when that is acknowledged
 * the window doubles up to {@link #MAX_WINDOW} records. A failure rewinds to the first record
 * without an acknowledgement, so nothing is skipped and the order stays.
 */
final class DiskDrain implements Runnable {

    static final int MAX_WINDOW = 256;
    private static final Exception NOT_SENT = new IllegalStateException("not sent");
    private static final Logger log = LoggerFactory.getLogger(DiskDrain.class);

    private final StoreAndForward route;
    private final DiskBuffer disk;
    private final KafkaPublisher publisher;
    private final PublishMetrics metrics;
    private final DeliverySettings delivery;
    private final Object pause = new Object();
    private volatile boolean running = true;
    private int window = 1;
    private boolean failing;

    DiskDrain(
            StoreAndForward route,
            DiskBuffer disk,
            KafkaPublisher publisher,
            PublishMetrics metrics,
            DeliverySettings delivery) {
        this.route = route;
        this.disk = disk;
        this.publisher = publisher;
        this.metrics = metrics;
        this.delivery = delivery;
    }

    @Override
    public void run() {
        try {
            while (running) {
                if (!drainOnce()) {
                    pause();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** One window if the disk may be drained now; false when the drain should pause. */
    private boolean drainOnce() throws InterruptedException {
        try {
            return !route.awaitDrainable(delivery.probeInterval().toMillis()) || drainWindow();
        } catch (IOException | RuntimeException e) {
            if (running) {
                log.error("Disk buffer drain failed, retrying", e);
            }
            disk.rewind();
            return false;
        }
    }

    /** Stops after the current window; wakes a pause. */
    void stop() {
        running = false;
        synchronized (pause) {
            pause.notifyAll();
        }
    }

    /** Sends one window; false when Kafka failed a record. */
    boolean drainWindow() throws IOException, InterruptedException {
        List<BufferedMessage> messages = disk.read(window, delivery.inFlightBytes() / 2);
        if (messages.isEmpty()) {
            route.resumeDirectIfDrained();
            return true;
        }
        publisher.releaseAborted();
        Producer<String, byte[]> producer = publisher.producer();
        CompletableFuture<Exception>[] answers = send(producer, messages);
        int acknowledged = acknowledgePrefix(messages, answers);
        if (acknowledged < messages.size() && !answers[acknowledged].isDone()) {
            publisher.abort(producer); // no answer in time: make sure it never comes late
        }
        if (acknowledged == messages.size()) {
            if (failing) {
                failing = false;
                log.info(
                        "Kafka takes records again: draining {} buffered records",
                        disk.pendingRecords());
            }
            window = Math.min(window * 2, MAX_WINDOW);
            return true;
        }
        disk.rewind();
        window = 1;
        if (!failing) {
            failing = true;
            log.warn(
                    "Kafka still unavailable, {} records wait on disk; trying again every {} ms",
                    disk.pendingRecords(),
                    delivery.probeInterval().toMillis());
        }
        return false;
    }

    /** Sends the window in order; after the first failure the rest is not sent. */
    @SuppressWarnings("unchecked")
    private CompletableFuture<Exception>[] send(
            Producer<String, byte[]> producer, List<BufferedMessage> messages) {
        CompletableFuture<Exception>[] answers = new CompletableFuture[messages.size()];
        AtomicBoolean failed = new AtomicBoolean();
        boolean abortOnFailure = messages.size() > 1;
        for (int i = 0; i < messages.size(); i++) {
            CompletableFuture<Exception> answer = new CompletableFuture<>();
            answers[i] = answer;
            BufferedMessage message = messages.get(i);
            if (route.deliveredFromMemory(message.index())) {
                answer.complete(null);
            } else if (!running || failed.get()) {
                answer.complete(NOT_SENT);
            } else {
                KafkaPublisher.send(
                        producer,
                        message.message(),
                        (metadata, error) -> {
                            if (error != null && !StoreAndForward.isPermanent(error)) {
                                failed.set(true);
                                if (abortOnFailure) {
                                    publisher.abort(producer); // no later record may overtake
                                }
                            }
                            answer.complete(error);
                        });
            }
        }
        return answers;
    }

    /** Waits for the answers in order; acknowledges on disk up to the first failure. */
    private int acknowledgePrefix(
            List<BufferedMessage> messages, CompletableFuture<Exception>[] answers)
            throws IOException, InterruptedException {
        long waitMs = delivery.deliveryTimeout().plus(delivery.maxBlock()).toMillis() + 5_000;
        int done = 0;
        long lastIndex = -1;
        for (; done < messages.size(); done++) {
            BufferedMessage message = messages.get(done);
            Exception error = answer(answers[done], waitMs);
            if (error == NOT_SENT) {
                break;
            }
            if (error != null && !StoreAndForward.isPermanent(error)) {
                metrics.kafkaError(error);
                break;
            }
            if (error != null) {
                metrics.kafkaError(error);
                metrics.dropped(message.message(), PublishMetrics.REJECTED);
                log.error(
                        "Kafka refused a buffered record for {}, dropped: {}",
                        message.message().key(),
                        error.toString());
            } else if (!route.deliveredFromMemory(message.index())) {
                metrics.published(message.message(), System.currentTimeMillis());
            }
            lastIndex = message.index();
        }
        if (lastIndex >= 0) {
            disk.acknowledge(lastIndex);
        }
        return done;
    }

    private static Exception answer(CompletableFuture<Exception> answer, long waitMs)
            throws InterruptedException {
        try {
            return answer.get(waitMs, TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            return new org.apache.kafka.common.errors.TimeoutException("no answer from Kafka", e);
        }
    }

    private void pause() throws InterruptedException {
        synchronized (pause) {
            if (running) {
                pause.wait(delivery.probeInterval().toMillis());
            }
        }
    }
}
