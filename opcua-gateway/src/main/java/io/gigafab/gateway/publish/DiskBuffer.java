package io.gigafab.gateway.publish;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The store-and-forward buffer on local disk: a FIFO of Kafka records in append-only {@link
 * BufferSegment} files, at most {@code maxBytes} in total. Records are read in the order they were
 * appended and deleted only when acknowledged: a segment file goes when all its records are
 * acknowledged. What an earlier run left behind is read first. Writes go straight to the file (no
 * user-space buffer); the file is fsynced when a segment is rolled, at most a second after a write,
 * and on close. Thread-safe.
 */
final class DiskBuffer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(DiskBuffer.class);
    private static final long SYNC_INTERVAL_NANOS = 1_000_000_000L;

    /** A record read from the buffer; acknowledge it by its index. */
    record BufferedMessage(long index, OutboundMessage message) {}

    private record Outstanding(long index, BufferSegment segment, long offset, int bytes) {}

    private final BufferDirectory directory;
    private final long maxBytes;
    private final long segmentBytes;
    private final TreeMap<Long, BufferSegment> segments = new TreeMap<>();
    private final ArrayDeque<Outstanding> outstanding = new ArrayDeque<>();
    private long nextIndex;
    private long fileBytes;
    private long pendingBytes;
    private long pendingRecords;
    private BufferSegment readSegment;
    private long readOffset;
    private long readIndex;
    private long lastSyncNanos = System.nanoTime();
    private boolean closed;

    private DiskBuffer(BufferDirectory directory, long maxBytes) {
        this.directory = directory;
        this.maxBytes = maxBytes;
        this.segmentBytes = Math.max(64L << 10, Math.min(64L << 20, maxBytes / 16));
    }

    /** Opens (or creates) the buffer in {@code directory}; one gateway per directory. */
    static DiskBuffer open(Path directory, long maxBytes) throws IOException {
        BufferDirectory opened = BufferDirectory.open(directory);
        DiskBuffer buffer = new DiskBuffer(opened, maxBytes);
        try {
            buffer.recover();
        } catch (IOException | RuntimeException e) {
            buffer.close();
            throw e;
        }
        return buffer;
    }

    /**
     * Appends a record; returns its index, or -1 when it does not fit into {@code maxBytes} (or the
     * buffer is closed).
     */
    long append(OutboundMessage message) throws IOException {
        return append(BufferRecord.encode(message)); // deflated outside the lock
    }

    private synchronized long append(ByteBuffer record) throws IOException {
        int bytes = record.remaining();
        if (closed || fileBytes + bytes > maxBytes) {
            return -1;
        }
        BufferSegment tail = segments.isEmpty() ? null : segments.lastEntry().getValue();
        if (tail == null || tail.sealed() || tail.size() >= segmentBytes) {
            tail = roll(tail);
        }
        tail.append(record);
        fileBytes += bytes;
        pendingBytes += bytes;
        pendingRecords++;
        if (System.nanoTime() - lastSyncNanos >= SYNC_INTERVAL_NANOS) {
            tail.force();
            lastSyncNanos = System.nanoTime();
        }
        return nextIndex++;
    }

    /** The next records after the last one read, oldest first, up to the given limits. */
    synchronized List<BufferedMessage> read(int maxRecords, long maxReadBytes) throws IOException {
        List<BufferedMessage> messages = new ArrayList<>();
        long bytes = 0;
        while (!closed
                && readSegment != null
                && messages.size() < maxRecords
                && bytes < maxReadBytes) {
            if (readOffset >= readSegment.size()) {
                Map.Entry<Long, BufferSegment> next = segments.higherEntry(readSegment.firstIndex);
                if (next == null) {
                    break;
                }
                moveCursor(next.getValue(), 0, next.getKey());
                continue;
            }
            BufferSegment.Entry entry = readEntry();
            if (entry == null) {
                continue;
            }
            messages.add(new BufferedMessage(readIndex, entry.message()));
            outstanding.add(new Outstanding(readIndex, readSegment, readOffset, entry.bytes()));
            readOffset += entry.bytes();
            readIndex++;
            bytes += entry.bytes();
        }
        return messages;
    }

    /** Acknowledges every record read so far up to {@code index}: they may go. */
    synchronized void acknowledge(long index) throws IOException {
        while (!outstanding.isEmpty() && outstanding.peekFirst().index() <= index) {
            Outstanding done = outstanding.pollFirst();
            pendingBytes -= done.bytes();
            pendingRecords--;
            done.segment().acknowledgeOne();
            if (done.segment().fullyAcknowledged()
                    && done.segment() != segments.lastEntry().getValue()) {
                remove(done.segment());
            }
        }
        directory.acknowledged(index);
        if (pendingRecords == 0 && !segments.isEmpty()) {
            for (BufferSegment segment : List.copyOf(segments.values())) {
                remove(segment);
            }
            readSegment = null;
        }
    }

    /** Forgets what was read but not acknowledged: the next read starts there again. */
    synchronized void rewind() {
        Outstanding first = outstanding.peekFirst();
        if (first != null) {
            moveCursor(first.segment(), first.offset(), first.index());
            outstanding.clear();
        }
    }

    synchronized boolean isEmpty() {
        return pendingRecords == 0;
    }

    synchronized long pendingBytes() {
        return pendingBytes;
    }

    synchronized long pendingRecords() {
        return pendingRecords;
    }

    /** True when the files use the whole {@code maxBytes} but for less than {@code reserve}. */
    synchronized boolean isFull(long reserve) {
        return fileBytes + reserve > maxBytes;
    }

    long capacity() {
        return maxBytes;
    }

    Path directory() {
        return directory.path();
    }

    @Override
    public synchronized void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        for (BufferSegment segment : segments.values()) {
            segment.close();
        }
        directory.close();
    }

    private void recover() throws IOException {
        long acknowledged = directory.acknowledgedIndex();
        nextIndex = acknowledged + 1;
        for (Path file : directory.segmentFiles()) {
            long onDisk = Files.size(file);
            BufferSegment segment = BufferSegment.recover(file, BufferSegment.firstIndexOf(file));
            if (segment.size() < onDisk) {
                log.warn("Disk buffer {}: cut {} unreadable bytes", file, onDisk - segment.size());
            }
            long last = segment.firstIndex + segment.records() - 1;
            if (segment.records() == 0 || last <= acknowledged) {
                segment.delete(); // empty, or acknowledged before a restart
                continue;
            }
            segments.put(segment.firstIndex, segment);
            fileBytes += segment.size();
            pendingBytes += segment.size();
            pendingRecords += segment.records();
            nextIndex = Math.max(nextIndex, last + 1);
        }
        if (!segments.isEmpty()) {
            moveCursor(segments.firstEntry().getValue(), 0, segments.firstKey());
            skipAcknowledged(acknowledged);
            log.info(
                    "Disk buffer {}: {} records ({} bytes) of an earlier run are sent first",
                    directory.path(),
                    pendingRecords,
                    pendingBytes);
        }
    }

    /** Moves the cursor past the head segment's records acknowledged before a restart. */
    private void skipAcknowledged(long acknowledged) throws IOException {
        while (readIndex <= acknowledged) {
            BufferSegment.Entry entry = readSegment.read(readOffset);
            readSegment.acknowledgeOne();
            readOffset += entry.bytes();
            readIndex++;
            pendingRecords--;
            pendingBytes -= entry.bytes();
        }
    }

    private BufferSegment roll(BufferSegment tail) throws IOException {
        if (tail != null) {
            tail.force();
        }
        BufferSegment segment = BufferSegment.create(directory.path(), nextIndex);
        segments.put(segment.firstIndex, segment);
        if (readSegment == null) {
            moveCursor(segment, 0, segment.firstIndex);
        }
        return segment;
    }

    /** Reads at the cursor; a corrupt record ends its segment there (what follows is lost). */
    private BufferSegment.Entry readEntry() throws IOException {
        try {
            return readSegment.read(readOffset);
        } catch (BufferRecord.CorruptRecordException e) {
            int readable = (int) (readIndex - readSegment.firstIndex);
            long lostRecords = readSegment.records() - readable;
            long lostBytes = readSegment.size() - readOffset;
            log.error("Disk buffer: {}; {} records after it are lost", e.getMessage(), lostRecords);
            readSegment.truncate(readOffset);
            readSegment.recordsCutTo(readable);
            pendingRecords -= lostRecords;
            pendingBytes -= lostBytes;
            fileBytes -= lostBytes;
            return null;
        }
    }

    private void moveCursor(BufferSegment segment, long offset, long index) {
        readSegment = segment;
        readOffset = offset;
        readIndex = index;
    }

    private void remove(BufferSegment segment) throws IOException {
        segments.remove(segment.firstIndex);
        fileBytes -= segment.size();
        segment.delete();
    }
}
