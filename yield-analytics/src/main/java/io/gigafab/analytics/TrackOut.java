package io.gigafab.analytics;

import io.gigafab.events.unit.TrackOutResult;
import io.gigafab.events.unit.TrackedOut;

/**
 * The part of a {@link TrackedOut} event the yield computation needs, as a flat record that Flink
 * serialises efficiently between operators.
 */
public record TrackOut(
        String equipmentPath, String operation, TrackOutResult result, long occurredAtMillis) {

    /** Machine-less track-outs (manual stations) are counted under this path. */
    static final String NO_EQUIPMENT = "-";

    public static TrackOut of(TrackedOut event) {
        String path = event.equipment() == null ? NO_EQUIPMENT : event.equipment().path();
        return new TrackOut(
                path, event.operation(), event.result(), event.occurredAt().toEpochMilli());
    }

    public StationKey station() {
        return new StationKey(equipmentPath, operation);
    }
}
