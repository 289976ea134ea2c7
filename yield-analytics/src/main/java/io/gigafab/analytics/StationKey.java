package io.gigafab.analytics;

/** One operation at one machine: the unit of first-pass yield. */
public record StationKey(String equipmentPath, String operation) {}
