package io.gigafab.gateway.publish;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.stream.Stream;

/**
 * The disk buffer's directory: a lock (one gateway per directory), the segment files, and the
 * checkpoint {@code acknowledged} — the index of the last record Kafka acknowledged, so that a
 * restart in the middle of a drain does not send the acknowledged part of a segment again. The
 * checkpoint is written at every acknowledgement and fsynced on close.
 */
final class BufferDirectory implements AutoCloseable {

    private final Path path;
    private final FileChannel lock;
    private final FileChannel checkpoint;
    private final ByteBuffer index = ByteBuffer.allocate(Long.BYTES);

    private BufferDirectory(Path path, FileChannel lock, FileChannel checkpoint) {
        this.path = path;
        this.lock = lock;
        this.checkpoint = checkpoint;
    }

    /** Creates the directory if needed and locks it; fails if another gateway holds it. */
    static BufferDirectory open(Path path) throws IOException {
        Files.createDirectories(path);
        FileChannel lock =
                FileChannel.open(
                        path.resolve("buffer.lock"),
                        StandardOpenOption.CREATE,
                        StandardOpenOption.WRITE);
        try {
            FileLock held = lock.tryLock();
            if (held == null) {
                throw new OverlappingFileLockException();
            }
        } catch (OverlappingFileLockException e) {
            lock.close();
            throw new IllegalStateException("disk buffer " + path + " is used by another gateway");
        }
        FileChannel checkpoint =
                FileChannel.open(
                        path.resolve("acknowledged"),
                        StandardOpenOption.CREATE,
                        StandardOpenOption.READ,
                        StandardOpenOption.WRITE);
        return new BufferDirectory(path, lock, checkpoint);
    }

    Path path() {
        return path;
    }

    /** The segment files, oldest first. */
    List<Path> segmentFiles() throws IOException {
        try (Stream<Path> listing = Files.list(path)) {
            return listing.filter(f -> BufferSegment.firstIndexOf(f) >= 0).sorted().toList();
        }
    }

    /** The index of the last acknowledged record, -1 if none was recorded. */
    long acknowledgedIndex() throws IOException {
        ByteBuffer read = ByteBuffer.allocate(Long.BYTES);
        while (read.hasRemaining()) {
            if (checkpoint.read(read, read.position()) < 0) {
                return -1;
            }
        }
        return read.getLong(0);
    }

    void acknowledged(long lastIndex) throws IOException {
        index.clear();
        index.putLong(0, lastIndex);
        while (index.hasRemaining()) {
            checkpoint.write(index, index.position());
        }
    }

    @Override
    public void close() throws IOException {
        try (lock;
                checkpoint) {
            checkpoint.force(false);
        }
    }
}
