package io.gigafab.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The state a local stack keeps on disk (broker logs, buffers, checkpoints) belongs to one start: a
 * second start on the same work folder must not meet the first one's cluster id or replay its
 * buffered values into a new broker.
 */
public final class StateFolders {

    private StateFolders() {}

    /** Deletes {@code folder} with everything in it, if it exists, and creates it empty. */
    public static Path recreate(Path folder) {
        try {
            if (Files.exists(folder)) {
                try (Stream<Path> files = Files.walk(folder)) {
                    for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                        Files.delete(file);
                    }
                }
            }
            return Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not empty " + folder + ": " + e.getMessage(), e);
        }
    }
}
