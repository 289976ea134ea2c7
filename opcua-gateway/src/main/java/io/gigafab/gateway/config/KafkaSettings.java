package io.gigafab.gateway.config;

/**
 * The Kafka cluster the gateway publishes to and reads recipe downloads from.
 *
 * @param bootstrapServers e.g. {@code kafka-0:9092,kafka-1:9092}
 * @param clientId client id prefix of the producer and consumer
 * @param lingerMs producer linger (batching on the wire)
 * @param batchSizeBytes producer batch size
 * @param compression none, gzip, snappy, lz4 or zstd
 * @param recipeGroupId consumer group for recipe downloads
 */
public record KafkaSettings(
        String bootstrapServers,
        String clientId,
        Integer lingerMs,
        Integer batchSizeBytes,
        String compression,
        String recipeGroupId) {

    public KafkaSettings {
        bootstrapServers = bootstrapServers == null ? "localhost:9092" : bootstrapServers;
        clientId = clientId == null ? "gigafab-gateway" : clientId;
        lingerMs = lingerMs == null ? 20 : lingerMs;
        batchSizeBytes = batchSizeBytes == null ? 256 * 1024 : batchSizeBytes;
        compression = compression == null ? "lz4" : compression;
        recipeGroupId = recipeGroupId == null ? "gigafab-gateway-recipes" : recipeGroupId;
        Check.that(
                lingerMs >= 0 && batchSizeBytes > 0, "kafka: lingerMs >= 0 and batchSizeBytes > 0");
    }

    public static KafkaSettings defaults() {
        return new KafkaSettings(null, null, null, null, null, null);
    }
}
