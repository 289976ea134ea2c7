package io.gigafab.gateway.publish;

import java.time.Duration;

/**
 * How long the gateway lets Kafka take a record before it falls back to the disk buffer.
 *
 * @param deliveryTimeout the producer's {@code delivery.timeout.ms}: a record not acknowledged
 *     within it fails (the producer retries idempotently until then)
 * @param maxBlock the producer's {@code max.block.ms}: how long a send may wait for metadata
 * @param probeInterval pause between attempts to drain the disk buffer while Kafka is away
 * @param inFlightBytes payload bytes sent but not yet acknowledged, at most; beyond this Kafka is
 *     not keeping up and new batches go to disk
 */
public record DeliverySettings(
        Duration deliveryTimeout, Duration maxBlock, Duration probeInterval, long inFlightBytes) {

    public DeliverySettings {
        if (deliveryTimeout.toMillis() < 1_000 || maxBlock.isNegative() || inFlightBytes <= 0) {
            throw new IllegalArgumentException(
                    "delivery: deliveryTimeout >= 1 s, maxBlock >= 0, inFlightBytes > 0");
        }
        if (probeInterval.toMillis() <= 0) {
            throw new IllegalArgumentException("delivery: probeInterval must be positive");
        }
    }

    /** 30 s delivery timeout, 2 s max block, probe every second, 64 MiB in flight. */
    public static DeliverySettings defaults() {
        return new DeliverySettings(
                Duration.ofSeconds(30), Duration.ofSeconds(2), Duration.ofSeconds(1), 64L << 20);
    }
}
