package io.gigafab.events.insight;

/** Which way a suggested recipe change moves a setpoint. */
public enum ChangeDirection {
    INCREASE,
    DECREASE
}
