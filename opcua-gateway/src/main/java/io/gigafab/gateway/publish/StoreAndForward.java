package io.gigafab.gateway.publish;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.common.InvalidRecordException;
import org.apache.kafka.common.errors.RecordBatchTooLargeException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.SerializationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decides where each outbound record goes: straight to Kafka while Kafka takes them, to the disk
 * buffer from the first failure (or when more than {@code inFlightBytes} wait for an answer) until
 * {@link DiskDrain} has emptied it. Order is kept per machine because once anything is on disk,
 * every newer record goes to disk behind it: at the switch, every record still waiting for Kafka is
 * written to disk first, in send order, and the producer is aborted so that none of them overtakes
 * a failed one. A record sent from memory that Kafka acknowledges after all is skipped by the
 * drain.
 */
final class StoreAndForward {

    private static final Logger log = LoggerFactory.getLogger(StoreAndForward.class);

    /** A record sent from memory, waiting for Kafka's answer. */
    private static final class InFlight {
        final long sequence;
        final OutboundMessage message;
        final Producer<String, byte[]> producer;
        long diskIndex = -1;

        InFlight(long sequence, OutboundMessage message, Producer<String, byte[]> producer) {
            this.sequence = sequence;
            this.message = message;
            this.producer = producer;
        }
    }

    private final KafkaPublisher publisher;
    private final DiskBuffer disk;
    private final PublishMetrics metrics;
    private final long inFlightLimit;
    private final LinkedHashMap<Long, InFlight> unacknowledged = new LinkedHashMap<>();
    private final Set<Long> deliveredFromMemory = new HashSet<>();
    private long unacknowledgedBytes;
    private long sequence;
    private boolean toDisk;
    private volatile boolean diskFull;

    StoreAndForward(
            KafkaPublisher publisher, DiskBuffer disk, PublishMetrics metrics, long inFlightLimit) {
        this.publisher = publisher;
        this.disk = disk;
        this.metrics = metrics;
        this.inFlightLimit = inFlightLimit;
        this.toDisk = !disk.isEmpty();
    }

    /** Routes one record (the batcher thread). Never waits for Kafka's answer. */
    void forward(OutboundMessage message) {
        InFlight record;
        synchronized (this) {
            if (!toDisk
                    && !unacknowledged.isEmpty()
                    && unacknowledgedBytes + message.size() > inFlightLimit) {
                switchToDisk("more than " + inFlightLimit + " bytes wait for an acknowledgement");
            }
            if (toDisk) {
                if (store(message) < 0) {
                    metrics.dropped(message, PublishMetrics.DISK_FULL);
                }
                return;
            }
            record = new InFlight(++sequence, message, publisher.producer());
            unacknowledged.put(record.sequence, record);
            unacknowledgedBytes += message.size();
        }
        KafkaPublisher.send(
                record.producer, message, (metadata, error) -> completed(record, error));
    }

    synchronized boolean buffering() {
        return toDisk;
    }

    boolean diskFull() {
        return diskFull;
    }

    /**
     * Waits up to {@code timeoutMillis} until the drain may run: records are on disk and every
     * record sent from memory has its answer (so the drain knows which of them to skip).
     */
    synchronized boolean awaitDrainable(long timeoutMillis) throws InterruptedException {
        if (!drainable()) {
            wait(timeoutMillis);
        }
        return drainable();
    }

    /** True if the record at this disk index was acknowledged when it was sent from memory. */
    synchronized boolean deliveredFromMemory(long diskIndex) {
        return deliveredFromMemory.contains(diskIndex);
    }

    /** Back to sending straight to Kafka if the disk holds nothing more (the drain thread). */
    synchronized boolean resumeDirectIfDrained() {
        if (!drainable() || !disk.isEmpty()) {
            return false;
        }
        toDisk = false;
        diskFull = false;
        deliveredFromMemory.clear();
        log.info("Disk buffer drained: publishing straight to Kafka again");
        return true;
    }

    /** After the producer is closed: stores whatever never got an answer (nothing, normally). */
    synchronized void storeUnanswered() {
        List<InFlight> unanswered = new ArrayList<>(unacknowledged.values());
        for (InFlight record : unanswered) {
            if (record.diskIndex < 0 && store(record.message) < 0) {
                metrics.dropped(record.message, PublishMetrics.DISK_FULL);
            }
        }
        unacknowledged.clear();
    }

    static boolean isPermanent(Exception error) {
        return error instanceof RecordTooLargeException
                || error instanceof RecordBatchTooLargeException
                || error instanceof InvalidRecordException
                || error instanceof SerializationException;
    }

    private boolean drainable() {
        return toDisk && unacknowledged.isEmpty();
    }

    private void completed(InFlight record, Exception error) {
        long now = System.currentTimeMillis();
        boolean abort = false;
        synchronized (this) {
            if (error != null && !toDisk && !isPermanent(error)) {
                switchToDisk(error.toString()); // stores this record and all after it, in order
                abort = true;
            }
            unacknowledged.remove(record.sequence);
            unacknowledgedBytes -= record.message.size();
            if (error == null) {
                metrics.published(record.message, now);
                if (record.diskIndex >= 0) {
                    deliveredFromMemory.add(record.diskIndex);
                }
            } else {
                failed(record, error);
            }
            if (drainable()) {
                notifyAll(); // the drain waits for the last answer
            }
        }
        if (abort) {
            publisher.abort(record.producer);
        }
    }

    private void failed(InFlight record, Exception error) {
        metrics.kafkaError(error);
        if (record.diskIndex >= 0) {
            return; // on disk: the drain sends it again
        }
        if (isPermanent(error)) {
            log.error(
                    "Kafka refused a record for {}, dropped: {}",
                    record.message.key(),
                    error.toString());
            metrics.dropped(record.message, PublishMetrics.REJECTED);
        } else {
            metrics.dropped(record.message, PublishMetrics.DISK_FULL);
        }
    }

    private void switchToDisk(String reason) {
        toDisk = true;
        log.warn(
                "Kafka is not taking records ({}): buffering to disk in {} until it is back",
                reason,
                disk.directory());
        for (InFlight record : unacknowledged.values()) {
            record.diskIndex = store(record.message);
        }
    }

    /**
     * Appends to disk; returns the index or -1 when the disk buffer is full. Once full it stays
     * full until Kafka has taken a quarter of it, so a smaller batch never slips into the last
     * bytes after a bigger one was dropped: what is stored is each machine's oldest values, with no
     * holes.
     */
    private long store(OutboundMessage message) {
        if (diskFull && disk.isFull(disk.capacity() / 4)) {
            return -1;
        }
        long index;
        try {
            index = disk.append(message);
        } catch (IOException e) {
            log.error("Disk buffer {}: cannot write: {}", disk.directory(), e.toString());
            index = -1;
        }
        if (index < 0 && !diskFull) {
            diskFull = true;
            log.warn(
                    "Disk buffer {} is full ({} bytes): new batches are dropped until Kafka takes"
                            + " the buffered ones",
                    disk.directory(),
                    disk.capacity());
        } else if (index >= 0) {
            metrics.buffered();
            if (diskFull) {
                diskFull = false;
                log.info("Disk buffer {} has room again", disk.directory());
            }
        }
        return index;
    }
}
