package io.gigafab.gateway.config;

/**
 * One process value to collect.
 *
 * @param tag the normalised tag name on Kafka, e.g. {@code coating.coatWeight}
 * @param path browse path below the machine, e.g. {@code CoatWeight} or {@code Tray01/Ch03/Voltage}
 * @param samplingMs OPC UA sampling interval
 * @param queueSize monitored item queue size
 * @param discardOldest discard policy when the queue overflows
 * @param deadband optional data change deadband
 * @param poll read the value every {@code samplingMs} instead of subscribing (for servers or nodes
 *     that reject subscriptions; also the automatic fallback when a monitored item fails)
 */
public record TagSettings(
        String tag,
        String path,
        Double samplingMs,
        Integer queueSize,
        Boolean discardOldest,
        Deadband deadband,
        Boolean poll) {

    public TagSettings {
        Check.text(tag, "tags[].tag");
        Check.text(path, "tags[" + tag + "].path");
        samplingMs = samplingMs == null ? 100.0 : samplingMs;
        queueSize = queueSize == null ? 10 : queueSize;
        discardOldest = discardOldest == null || discardOldest;
        poll = poll != null && poll;
        Check.that(
                samplingMs >= 0 && queueSize >= 1,
                "tags[" + tag + "]: samplingMs >= 0, queueSize >= 1");
    }
}
