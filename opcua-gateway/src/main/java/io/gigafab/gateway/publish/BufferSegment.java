package io.gigafab.gateway.publish;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * One append-only file of the disk buffer, named after the index of its first record ({@code
 * 00000000000000000042.seg}), holding {@link BufferRecord}s one after the other. A record that is
 * cut short or fails its checksum (a crash in the middle of a write) ends the segment: {@link
 * #recover} truncates it there.
 */
final class BufferSegment implements AutoCloseable {

    static final String SUFFIX = ".seg";

    /** A record read back, with its size on disk (header included). */
    record Entry(OutboundMessage message, int bytes) {}

    final long firstIndex;
    final Path path;
    private final FileChannel channel;
    private long size;
    private int records;
    private int acknowledged;
    private boolean sealed;

    private BufferSegment(long firstIndex, Path path, FileChannel channel) {
        this.firstIndex = firstIndex;
        this.path = path;
        this.channel = channel;
    }

    static BufferSegment create(Path directory, long firstIndex) throws IOException {
        Path path = directory.resolve(String.format("%020d%s", firstIndex, SUFFIX));
        FileChannel channel =
                FileChannel.open(
                        path,
                        StandardOpenOption.CREATE_NEW,
                        StandardOpenOption.READ,
                        StandardOpenOption.WRITE);
        return new BufferSegment(firstIndex, path, channel);
    }

    /** Opens a segment of an earlier run, counting its records and cutting off a torn tail. */
    static BufferSegment recover(Path path, long firstIndex) throws IOException {
        FileChannel channel =
                FileChannel.open(path, StandardOpenOption.READ, StandardOpenOption.WRITE);
        BufferSegment segment = new BufferSegment(firstIndex, path, channel);
        segment.size = channel.size();
        segment.sealed = true; // new records go to a new segment
        long offset = 0;
        try {
            for (Entry entry = segment.read(offset); entry != null; entry = segment.read(offset)) {
                offset += entry.bytes();
                segment.records++;
            }
        } catch (BufferRecord.CorruptRecordException e) {
            segment.truncate(offset);
        }
        return segment;
    }

    /** The first index encoded in a segment file name, or -1 if it is not a segment. */
    static long firstIndexOf(Path file) {
        String name = file.getFileName().toString();
        if (!name.endsWith(SUFFIX)) {
            return -1;
        }
        try {
            return Long.parseLong(name.substring(0, name.length() - SUFFIX.length()));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** The record at {@code offset}, or null at the end of the segment. */
    Entry read(long offset) throws IOException {
        if (offset >= size) {
            return null;
        }
        ByteBuffer header = readFully(offset, BufferRecord.HEADER_BYTES);
        int bodyLength = header.getInt(0);
        if (bodyLength <= 0 || bodyLength > BufferRecord.MAX_BODY_BYTES) {
            throw new BufferRecord.CorruptRecordException(
                    path + ": bad record length at " + offset);
        }
        ByteBuffer body = readFully(offset + BufferRecord.HEADER_BYTES, bodyLength);
        if (BufferRecord.checksum(body.array(), 0, bodyLength) != header.getInt(4)) {
            throw new BufferRecord.CorruptRecordException(
                    path + ": checksum mismatch at " + offset);
        }
        return new Entry(BufferRecord.decode(body), BufferRecord.HEADER_BYTES + bodyLength);
    }

    void append(ByteBuffer record) throws IOException {
        long position = size;
        while (record.hasRemaining()) {
            position += channel.write(record, position);
        }
        size = position;
        records++;
    }

    /** Cuts the segment at {@code offset} (what follows is unreadable) and seals it. */
    void truncate(long offset) throws IOException {
        channel.truncate(offset);
        size = offset;
        sealed = true;
    }

    /** A sealed segment takes no more records: record indexes stay consecutive per segment. */
    boolean sealed() {
        return sealed;
    }

    void force() throws IOException {
        channel.force(false);
    }

    long size() {
        return size;
    }

    int records() {
        return records;
    }

    void recordsCutTo(int count) {
        records = count;
    }

    void acknowledgeOne() {
        acknowledged++;
    }

    boolean fullyAcknowledged() {
        return acknowledged >= records;
    }

    void delete() throws IOException {
        channel.close();
        Files.deleteIfExists(path);
    }

    @Override
    public void close() throws IOException {
        if (channel.isOpen()) {
            channel.force(false);
            channel.close();
        }
    }

    private ByteBuffer readFully(long position, int length) throws IOException {
        if (position + length > size) {
            throw new BufferRecord.CorruptRecordException(
                    path + ": record cut short at " + position);
        }
        ByteBuffer buffer = ByteBuffer.allocate(length);
        while (buffer.hasRemaining()) {
            int read = channel.read(buffer, position + buffer.position());
            if (read < 0) {
                throw new BufferRecord.CorruptRecordException(
                        path + ": record cut short at " + position);
            }
        }
        return buffer.flip();
    }
}
