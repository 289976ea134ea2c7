package io.gigafab.gateway;

import io.gigafab.events.EquipmentRef;
import io.gigafab.events.measurement.Sample;

/**
 * Where the OPC UA side hands every sample. Implementations must return at once and never block:
 * Milo delivers all data changes of a session on few threads, and a slow listener slows the whole
 * feed. A sample that cannot be taken is counted, never silently lost.
 */
public interface MeasurementSink {

    void offer(EquipmentRef equipment, Sample sample);
}
