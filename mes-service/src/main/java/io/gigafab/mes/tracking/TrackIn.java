package io.gigafab.mes.tracking;

/**
 * A track-in: the unit starts its next operation at this machine.
 *
 * @param equipmentId the machine
 * @param trayId formation tray (formation only, optional)
 * @param channel formation channel (formation only, optional)
 */
public record TrackIn(String equipmentId, String trayId, Integer channel) {}
