package io.gigafab.simulator.line;

/**
 * A reading the sensor could not make. Shown on OPC UA as the last value with a Bad status
 * (Bad_SensorFailure), never as a made-up number.
 */
public enum SensorFault {
    FAILED
}
