package io.gigafab.gateway.config;

import java.nio.file.Path;

/**
 * Store-and-forward: while Kafka cannot take batches they are appended to files in {@code
 * directory}, up to {@code maxBytes}, and drained in order when it is back. {@code memorySamples}
 * bounds the in-memory hand-off between the OPC UA listeners and the publisher.
 */
public record BufferSettings(Path directory, Long maxBytes, Integer memorySamples) {

    public BufferSettings {
        directory = directory == null ? Path.of(".gigafab", "gateway-buffer") : directory;
        maxBytes = maxBytes == null ? 1024L * 1024 * 1024 : maxBytes;
        memorySamples = memorySamples == null ? 1_000_000 : memorySamples;
        Check.that(
                maxBytes > 0 && memorySamples > 0,
                "buffer: maxBytes and memorySamples must be positive");
    }

    public static BufferSettings defaults() {
        return new BufferSettings(null, null, null);
    }
}
